package award

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/thidua-go/thidua"
)

// Copy moves everything src holds into dst: every nomination with its whole
// trail (those mid-way stay mid-way, with their verdicts and votes), every
// decision with its grants, and every revocation, so that dst lists the same
// as src afterwards. This is how a unit moves from memory to SQLite, or from
// SQLite to a server.
//
// Copy replays history through dst's own methods, in the order it happened
// (by date; on one day nomination steps, then decisions, then revocations,
// and whatever a rule made wait, such as a title freed later that day, once
// the rest of the day is in): each nomination step goes through the state
// machine ([CheckStep]), each decision and revocation through the rules of
// dst. A record dst refuses is an error, never silently dropped.
//
// Before writing anything Copy checks that no ID of src is in dst: a clash
// is ErrConflict and leaves dst unchanged. Copy is not atomic: if dst
// refuses a record midway (another catalogue, a decision number dst already
// has, a failure of its database), Copy returns that error and dst keeps what
// was copied before it. A nil store is ErrInvalid.
func Copy(ctx context.Context, dst, src Store) error {
	const op = "award: copy"
	if isNilStore(dst) || isNilStore(src) {
		return thidua.Invalid(op, "store", "", "", "nil store")
	}
	noms, err := src.Nominations(ctx, NominationFilter{})
	if err != nil {
		return err
	}
	decs, err := src.Decisions(ctx, DecisionFilter{})
	if err != nil {
		return err
	}
	if err := checkClash(ctx, dst, noms, decs); err != nil {
		return err
	}

	type copyOp struct {
		on    thidua.Date
		class int // 0: nomination step, 1: decision, 2: revocation
		// release is when the record let go of the title it held: a
		// nomination rejected, withdrawn or granted, a decision whose grant
		// was revoked; on one day, records that let go come first, as they
		// must have in src.
		release thidua.Date
		key     string
		k       int // the step, for a nomination
		do      func() error
		ready   func() bool
	}
	var ops []*copyOp
	// When each nomination and decision let go of the titles it held.
	release := make(map[string]thidua.Date)
	never := thidua.Forever().AddDays(1)
	for _, d := range decs {
		release[d.ID] = never
		for _, g := range d.Grants {
			if g.Nomination != "" {
				release[g.Nomination] = d.Date
			}
			if g.IsRevoked() && g.Revoked.Date.Before(release[d.ID]) {
				release[d.ID] = g.Revoked.Date
			}
		}
	}
	for _, n := range noms {
		if _, ok := release[n.ID]; ok {
			continue
		}
		release[n.ID] = never
		for _, e := range n.History {
			if e.To == Rejected || e.To == Withdrawn {
				release[n.ID] = e.On
			}
		}
	}
	nomDone := make(map[string]int, len(noms)) // steps copied
	nomLen := make(map[string]int, len(noms))
	decDone := make(map[string]bool, len(decs))
	for _, n := range noms {
		nomLen[n.ID] = len(n.History)
		for k := range n.History {
			n, k := n, k
			ops = append(ops, &copyOp{on: n.History[k].On, class: 0, key: n.ID, k: k, release: release[n.ID],
				ready: func() bool { return nomDone[n.ID] == k },
				do: func() error {
					p := prefix(n, k)
					var err error
					if k == 0 {
						err = dst.AddNomination(ctx, p)
					} else {
						err = dst.UpdateNomination(ctx, p)
					}
					if err == nil {
						nomDone[n.ID] = k + 1
					}
					return err
				}})
		}
	}
	for _, d := range decs {
		d := d
		fresh := d
		fresh.Grants = slices.Clone(d.Grants)
		var needs []string
		for i := range fresh.Grants {
			fresh.Grants[i].Revoked = Revocation{}
			if nm := fresh.Grants[i].Nomination; nm != "" {
				needs = append(needs, nm)
			}
		}
		ops = append(ops, &copyOp{on: d.Date, class: 1, key: d.ID, release: release[d.ID],
			ready: func() bool {
				for _, nm := range needs {
					if nomDone[nm] != nomLen[nm] {
						return false
					}
				}
				return true
			},
			do: func() error {
				err := dst.AddDecision(ctx, fresh)
				if err == nil {
					decDone[d.ID] = true
				}
				return err
			}})
		for _, g := range d.Grants {
			if !g.IsRevoked() {
				continue
			}
			g := g
			ops = append(ops, &copyOp{on: g.Revoked.Date, class: 2, key: g.ID,
				ready: func() bool { return decDone[d.ID] },
				do:    func() error { return dst.Revoke(ctx, g.ID, g.Revoked) }})
		}
	}
	slices.SortStableFunc(ops, func(a, b *copyOp) int {
		return cmp.Or(a.on.Compare(b.on), cmp.Compare(a.class, b.class), a.release.Compare(b.release),
			strings.Compare(a.key, b.key), cmp.Compare(a.k, b.k))
	})
	pending := ops
	for len(pending) > 0 {
		var rest []*copyOp
		var first error
		progress := false
		for _, o := range pending {
			if err := ctx.Err(); err != nil {
				return err
			}
			if !o.ready() {
				rest = append(rest, o)
				continue
			}
			if err := o.do(); err != nil {
				if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
					return err
				}
				if first == nil {
					first = err
				}
				rest = append(rest, o)
				continue
			}
			progress = true
		}
		if !progress {
			if first == nil {
				first = thidua.Invalid(op, "", "", "", "%d records wait for nominations src does not hold", len(rest))
			}
			return first
		}
		pending = rest
	}
	return nil
}

// isNilStore reports whether s is nil or a nil *MemStore.
func isNilStore(s Store) bool {
	if s == nil {
		return true
	}
	m, ok := s.(*MemStore)
	return ok && m == nil
}

// checkClash returns ErrConflict if dst holds an ID of noms or decs (or of
// their grants).
func checkClash(ctx context.Context, dst Store, noms []Nomination, decs []Decision) error {
	const op = "award: copy"
	have, err := dst.Nominations(ctx, NominationFilter{})
	if err != nil {
		return err
	}
	ids := make(map[string]bool, len(have))
	for _, n := range have {
		ids[n.ID] = true
	}
	for _, n := range noms {
		if ids[n.ID] {
			return thidua.Conflict(op, "nomination", n.ID, "ID exists in the destination")
		}
	}
	hd, err := dst.Decisions(ctx, DecisionFilter{WithoutGrants: true})
	if err != nil {
		return err
	}
	hg, err := dst.Grants(ctx, GrantFilter{IncludeRevoked: true})
	if err != nil {
		return err
	}
	decIDs := make(map[string]bool, len(hd))
	for _, d := range hd {
		decIDs[d.ID] = true
	}
	grantIDs := make(map[string]bool, len(hg))
	for _, g := range hg {
		grantIDs[g.ID] = true
	}
	for _, d := range decs {
		if decIDs[d.ID] {
			return thidua.Conflict(op, "decision", d.ID, "ID exists in the destination")
		}
		for _, g := range d.Grants {
			if grantIDs[g.ID] {
				return thidua.Conflict(op, "grant", g.ID, "ID exists in the destination")
			}
		}
	}
	return nil
}

// prefix returns n as it stood after its step k: the trail up to it, the
// state and holder it left, the votes recorded and the verdict attached by
// then.
func prefix(n Nomination, k int) Nomination {
	p := Proposal(n)
	p.History = slices.Clone(n.History[:k+1])
	last := p.History[k]
	p.State, p.Holder = last.To, last.Holder
	votes := 0
	for i, e := range p.History {
		if e.Action == RecordVote {
			votes++
		}
		if e.Verdict != nil {
			v := e.Verdict.Clone()
			p.Verdict = &v
			p.History[i].Verdict = &v
		}
	}
	p.Votes = slices.Clone(n.Votes[:min(votes, len(n.Votes))])
	return p.clone()
}
