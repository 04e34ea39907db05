using Lucene.Net.Index;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace SearchPlans.Search.Budget;

/// <summary>
/// The index as searches read it: every walk over a term dictionary asks the current <see cref="SearchBudget"/>
/// every <see cref="Stride"/> terms whether to go on. Lucene 4.8 rewrites a wildcard, fuzzy or range part by walking
/// the dictionary before any collector runs, so a deadline kept only by the collector never sees that time.
/// </summary>
internal sealed class BudgetedReader(DirectoryReader reader) : FilterDirectoryReader(reader, new LeafWrapper())
{
    /// <summary>Terms between two checks: a few microseconds of walking.</summary>
    internal const int Stride = 256;

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader reader) => new BudgetedReader(reader);

    private sealed class LeafWrapper : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new BudgetedLeaf(reader);
    }

    private sealed class BudgetedLeaf(AtomicReader reader) : FilterAtomicReader(reader)
    {
        public override Fields Fields => m_input.Fields is { } fields ? new BudgetedFields(fields, CoreCacheKey) : null!;
    }

    private sealed class BudgetedFields(Fields fields, object segment) : FilterAtomicReader.FilterFields(fields)
    {
        public override Terms GetTerms(string field) => m_input.GetTerms(field) is { } terms ? new BudgetedTerms(terms, segment, field) : null!;
    }

    private sealed class BudgetedTerms(Terms terms, object segment, string field) : FilterAtomicReader.FilterTerms(terms)
    {
        public override TermsEnum GetEnumerator() => new BudgetedTermsEnum(m_input.GetEnumerator(), segment, field);

        public override TermsEnum GetEnumerator(TermsEnum? reuse) =>
            new BudgetedTermsEnum(m_input.GetEnumerator(reuse is BudgetedTermsEnum budgeted ? budgeted.Inner : reuse), segment, field);

        public override TermsEnum Intersect(CompiledAutomaton compiled, BytesRef startTerm) =>
            new BudgetedTermsEnum(m_input.Intersect(compiled, startTerm), segment, field);
    }

    private sealed class BudgetedTermsEnum(TermsEnum terms, object segment, string field) : FilterAtomicReader.FilterTermsEnum(terms)
    {
        private readonly SearchBudget? budget = SearchBudget.Current;
        private int untilCheck;

        public TermsEnum Inner => m_input;

        // Lucene.Net's filter leaves these to TermsEnum's defaults, which look a term up by SeekCeil and give no term
        // state back, so every term was looked up twice per segment (once for its statistics, again for its scorer),
        // each time the slow way: most of a search's weight building. A seek walks no dictionary, so it needs no check.
        // A term looked up again in the same search (its ranking pass, a word in several clauses) is positioned from
        // the state found the first time.
        public override bool SeekExact(BytesRef text)
        {
            if (budget is null)
                return m_input.SeekExact(text);
            var key = new TermStates.Key(segment, field, text.Utf8ToString());
            if (budget.Terms.TryGet(key, out var known))
            {
                if (known is null)
                    return false;
                m_input.SeekExact(text, known);
                return true;
            }
            var found = m_input.SeekExact(text);
            budget.Terms.Add(key, found ? m_input.GetTermState() : null);
            return found;
        }

        public override TermState GetTermState() => m_input.GetTermState();

        public override void SeekExact(BytesRef term, TermState state) => m_input.SeekExact(term, state);

        public override bool MoveNext()
        {
            if (budget is not null && --untilCheck < 0)
            {
                untilCheck = Stride - 1;
                budget.Check();
            }
            return base.MoveNext();
        }
    }
}
