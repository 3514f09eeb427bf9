-- The initiatives and the feats an eligible verdict counted (award.Verdict
-- Initiatives and Feats), as JSON arrays of their IDs: a grant made on the
-- verdict uses them (one achievement, one form).
ALTER TABLE award_step_verdicts ADD COLUMN initiatives TEXT NOT NULL DEFAULT '[]';
ALTER TABLE award_step_verdicts ADD COLUMN feats TEXT NOT NULL DEFAULT '[]';
