package awardimport

import (
	"context"
	"io"
	"strings"

	"github.com/thidua-go/thidua"
	"github.com/thidua-go/thidua/award"
	"github.com/thidua-go/thidua/campaign"
	"github.com/thidua-go/thidua/campaign/campaignimport"
	"github.com/thidua-go/thidua/internal/sheet"
	"github.com/thidua-go/thidua/org"
	"github.com/thidua-go/thidua/org/orgimport"
)

// Stores are the stores a workbook is imported into. Org is required;
// Campaign is needed for a workbook with initiatives or awards naming a
// movement; Award for a workbook with awards.
type Stores struct {
	Org      org.Store
	Campaign campaign.Store
	Award    award.Store
}

// Options tune an import.
type Options struct {
	// Scale, if set, is the unit scale of the org store (see
	// orgimport.Options.Scale).
	Scale *org.Scale
	// Catalogue is the award catalogue of the award store; nil means
	// award.DefaultCatalogue. Award names are looked up in it, official
	// names and aliases alike, and so are codes.
	Catalogue *award.Catalogue
	// Progress, if not nil, is called as records are stored, with the
	// rows done and the rows in all sheets (about a hundred times, and at
	// the end). Nothing is stored, and Progress is not called, until every
	// row of every sheet has passed its checks.
	Progress func(done, total int)
	// Limits bound the size of a workbook ImportXLSX and ImportFile read.
	Limits orgimport.Limits
}

// Summary counts what an import stored.
type Summary struct {
	Org       orgimport.Summary
	Campaign  campaignimport.Summary
	Decisions int
	Grants    int
	Rows      int // data rows of all sheets
}

// instructions is the name of the template's sheet of instructions, which
// an import skips.
const instructions = "Hướng dẫn"

// Import imports a whole workbook in dependency order — units, people with
// their posts, ratings and absences, disciplines, initiatives, decisions
// with their grants — all or nothing. It reads every row of every sheet and
// checks it (types, dates, enumerations, references to the workbook and to
// the stores, duplicates in the workbook, records the stores already
// hold) before it stores anything; on any problem it stores nothing and
// returns an [*orgimport.Error] listing them all, as (sheet, row, column,
// Vietnamese message). Importing the same workbook twice is such an error
// matching thidua.ErrConflict. Sheets are found by name (see the Specs
// functions of orgimport, campaignimport and this package); a sheet with
// values but an unknown name is a problem, an empty one is skipped.
//
// The stores have no transaction across them: the checks are the stores'
// own (org.CheckAddUnit and the others, award.CheckDecision,
// campaign.Initiative.Validate), so a store refuses a record only if
// another writer changed it during the import; the error then wraps
// orgimport.ErrPartial and the records stored before it stay.
func Import(ctx context.Context, st Stores, book *orgimport.Workbook, opts Options) (Summary, error) {
	if st.Org == nil {
		return Summary{}, thidua.Invalid("awardimport: import", "stores", "", "org", "nil org store")
	}
	var ps orgimport.Problems
	checkSheets(book, &ps)
	op, err := orgimport.Check(ctx, st.Org, book, orgimport.Options{Scale: opts.Scale}, &ps)
	if err != nil {
		return Summary{}, err
	}
	var cp *campaignimport.Plan
	if st.Campaign != nil {
		if cp, err = campaignimport.Check(ctx, st.Campaign, op, book, &ps); err != nil {
			return Summary{}, err
		}
	} else {
		missingStore(book, campaignimport.Specs()[0], &ps)
	}
	var ap *Plan
	if st.Award != nil {
		if ap, err = CheckAwards(ctx, st.Award, opts.Catalogue, op, st.Campaign, book, &ps); err != nil {
			return Summary{}, err
		}
	} else {
		missingStore(book, &awardSpec, &ps)
	}
	if err := ps.Err(); err != nil {
		return Summary{}, err
	}
	total := op.Rows()
	if cp != nil {
		total += cp.Rows()
	}
	if ap != nil {
		total += ap.Rows()
	}
	sum := Summary{Rows: total}
	if sum.Org, err = op.Store(ctx, 0, total, opts.Progress); err != nil {
		return sum, err
	}
	done := op.Rows()
	if cp != nil {
		if sum.Campaign, err = cp.Store(ctx, done, total, opts.Progress); err != nil {
			return sum, err
		}
		done += cp.Rows()
	}
	if ap != nil {
		if sum.Decisions, sum.Grants, err = ap.Store(ctx, done, total, opts.Progress); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// ImportXLSX reads the XLSX workbook of size bytes from r and imports it
// (see [Import]).
func ImportXLSX(ctx context.Context, st Stores, r io.ReaderAt, size int64, opts Options) (Summary, error) {
	book, err := orgimport.ReadXLSX(r, size, opts.Limits)
	if err != nil {
		return Summary{}, err
	}
	return Import(ctx, st, book, opts)
}

// ImportFile reads an .xlsx workbook, or a .csv file as a workbook of one
// sheet named by the file, and imports it (see [Import]).
func ImportFile(ctx context.Context, st Stores, name string, opts Options) (Summary, error) {
	book, err := orgimport.ReadFile(name, opts.Limits)
	if err != nil {
		return Summary{}, err
	}
	return Import(ctx, st, book, opts)
}

// ImportCSV imports CSV files as the sheets of one workbook, each named by
// its file ("Cán bộ.csv" is the sheet "Cán bộ"; see [orgimport.ReadCSV]).
func ImportCSV(ctx context.Context, st Stores, names []string, files []io.Reader, opts Options) (Summary, error) {
	book, err := orgimport.ReadCSV(names, files, opts.Limits)
	if err != nil {
		return Summary{}, err
	}
	return Import(ctx, st, book, opts)
}

// AllSpecs returns every sheet of a workbook in import order.
func AllSpecs() []*orgimport.Spec {
	var ss []*orgimport.Spec
	ss = append(ss, orgimport.Specs()...)
	ss = append(ss, campaignimport.Specs()...)
	return append(ss, Specs()...)
}

// checkSheets records a sheet with values whose name is none of the
// import's, and a workbook with none of them.
func checkSheets(book *orgimport.Workbook, ps *orgimport.Problems) {
	specs := AllSpecs()
	known := 0
	var names []string
	for _, s := range specs {
		names = append(names, s.Name)
	}
	for _, t := range book.Sheets {
		found := false
		for _, s := range specs {
			if sheet.Find(&sheet.Book{Sheets: []*sheet.Table{t}}, s) != nil {
				found = true
			}
		}
		switch {
		case found:
			known++
		case sheet.Key(t.Name) == sheet.Key(instructions) || len(t.Rows) == 0:
		default:
			ps.Add(orgimport.Problem{Sheet: t.Name, Message: "sheet không rõ; các sheet được nhập là: " + strings.Join(names, ", ")})
		}
	}
	if known == 0 && ps.Len() == 0 {
		ps.Add(orgimport.Problem{Message: "bảng tính không có sheet nào để nhập; các sheet được nhập là: " + strings.Join(names, ", ")})
	}
}

func missingStore(book *orgimport.Workbook, spec *orgimport.Spec, ps *orgimport.Problems) {
	if t := sheet.Find(book, spec); t != nil && len(t.Rows) > 0 {
		ps.Add(orgimport.Problem{Sheet: t.Name, Message: "không có kho dữ liệu để nhập sheet này"})
	}
}
