-- The post the proposal names its candidate by ("Giám đốc Sở Tư pháp"),
-- stated beside the name, apart from the organisation's records; a row only
-- for a nomination that states one.
--
-- A decision whose number is unknown (a text names it only as "Quyết định
-- của Thủ tướng Chính phủ") keeps number 0 and number_year 0 in
-- award_decisions, and in symbol its own ID behind "?": a symbol of a real
-- number starts with a letter, so the two never meet, and two such
-- decisions of one year never collide in the UNIQUE key of 0001 (which
-- SQLite cannot drop without rebuilding a table the grants reference).
--
-- (Landed as 0003_proposal beside 0003_verdict, made at the same time;
-- renumbered 0004 the same hour, before any release.)
CREATE TABLE IF NOT EXISTS award_nomination_post (
	nomination_id TEXT NOT NULL PRIMARY KEY REFERENCES award_nominations (id),
	post TEXT NOT NULL
);
