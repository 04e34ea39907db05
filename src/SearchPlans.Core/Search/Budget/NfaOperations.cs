using Lucene.Net.Util.Automaton;

namespace SearchPlans.Search.Budget;

/// <summary>
/// Union, concatenation and repetition of automata by the textbook constructions, whose size is the sum of their
/// parts and nothing more. Lucene's own operations of the same names came back, on a few hundred states, with
/// hundreds of thousands after seconds and gigabytes, so their size cannot be foreseen and bounded beforehand.
/// Every part is copied, never changed.
/// </summary>
internal static class NfaOperations
{
    public static Automaton Union(IEnumerable<Automaton> alternatives)
    {
        var initial = new State();
        foreach (var alternative in alternatives)
            StepLike(initial, Copy(alternative).GetInitialState());
        return Open(initial);
    }

    public static Automaton Concatenate(IReadOnlyList<Automaton> parts)
    {
        var first = Copy(parts[0]);
        var initial = first.GetInitialState();
        var accepting = AcceptStates(first);
        foreach (var part in parts.Skip(1))
        {
            var next = Copy(part);
            var start = next.GetInitialState();
            var nextAccepting = AcceptStates(next);
            foreach (var state in accepting)
            {
                // An end of what came before steps on as the next part's start would, and ends only if that could.
                state.Accept = false;
                StepLike(state, start);
                if (state.Accept)
                    nextAccepting.Add(state);
            }
            accepting = nextAccepting;
        }
        return Open(initial);
    }

    /// <summary>Zero or more times.</summary>
    public static Automaton Star(Automaton part)
    {
        var copy = Copy(part);
        var start = copy.GetInitialState();
        var initial = new State { Accept = true };
        StepLike(initial, start);
        foreach (var state in AcceptStates(copy).Where(s => !ReferenceEquals(s, start)))
            StepLike(state, start);
        if (start.Accept)
            StepLike(start, start);
        return Open(initial);
    }

    public static Automaton Optional(Automaton part)
    {
        var initial = new State { Accept = true };
        StepLike(initial, Copy(part).GetInitialState());
        return Open(initial);
    }

    /// <param name="max">-1 for no upper bound.</param>
    public static Automaton Repeat(Automaton part, int min, int max)
    {
        if (max >= 0 && min > max)
            return BasicAutomata.MakeEmpty();
        var parts = Enumerable.Repeat(part, min).ToList();
        if (max < 0)
            parts.Add(Star(part));
        else
            parts.AddRange(Enumerable.Repeat(Optional(part), max - min));
        return parts.Count == 0 ? BasicAutomata.MakeEmptyString() : parts.Count == 1 ? Copy(parts[0]) : Concatenate(parts);
    }

    // What an epsilon step to `target` would give `state`: its transitions, and its accepting.
    private static void StepLike(State state, State target)
    {
        state.Accept |= target.Accept;
        foreach (var step in target.GetTransitions().ToList())
            state.AddTransition(new Transition(step.Min, step.Max, step.Dest));
    }

    private static Automaton Copy(Automaton automaton) => (Automaton)automaton.Clone();

    private static List<State> AcceptStates(Automaton automaton) => [.. automaton.GetNumberedStates().Where(s => s.Accept)];

    // A fresh automaton over the states, so no count of them cached before the change survives it.
    private static Automaton Open(State initial) => new(initial) { IsDeterministic = false };
}
