using System.Globalization;
using Lucene.Net.Util.Automaton;

namespace SearchPlans.Search.Budget;

/// <summary>
/// Builds the automaton of a Lucene regular expression (the syntax of RegExp with every feature on, as the query
/// parser uses it) while counting what it costs, and refuses before any step would pass
/// <see cref="AutomatonBudget.MaxPatternStates"/>. Lucene's own RegExp minimizes after every step with no bound:
/// /.{0,40000}/ builds 40,000 states, and checking that they are finite overflows the stack.
/// Lucene's parser reads the expression first, so only valid syntax arrives here and its messages stay Lucene's.
/// </summary>
internal sealed class RegexpAutomaton
{
    /// <summary>Round brackets one expression may nest: each level is several frames of Lucene's recursive parser.</summary>
    public const int MaxNesting = 16;

    private readonly int[] text;
    private readonly string query;
    private int position;

    private RegexpAutomaton(string pattern, string query)
    {
        text = [.. pattern.EnumerateRunes().Select(r => r.Value)];
        this.query = query;
    }

    /// <param name="query">How the pattern was written in the query, for messages.</param>
    /// <exception cref="QuerySyntaxException">The expression is too deep or its automaton too large.</exception>
    /// <exception cref="ArgumentException">The expression is not valid (Lucene's message).</exception>
    /// <returns>The minimal automaton, and how many deterministic states it had before minimizing.</returns>
    public static (Automaton Automaton, int States) Build(string pattern, string query)
    {
        CheckNesting(pattern, query);
        _ = new RegExp(pattern, RegExpSyntax.ALL);
        var automaton = new RegexpAutomaton(pattern, query).Union();
        var states = AutomatonBudget.Check(automaton, query);
        // Bounded now, as Lucene's RegexpQuery would hand it over: minimal and deterministic.
        MinimizationOperations.Minimize(automaton);
        return (automaton, states);
    }

    // Counts every unescaped bracket, even inside [...] or "...": over-counting only refuses sooner.
    private static void CheckNesting(string pattern, string query)
    {
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
                i++;
            else if (pattern[i] == '(' && ++depth > MaxNesting)
                throw new QuerySyntaxException(new(QueryNoteKind.PatternTooDeep, query, MaxNesting.ToString(CultureInfo.InvariantCulture)));
            else if (pattern[i] == ')')
                depth = Math.Max(0, depth - 1);
        }
    }

    private bool More => position < text.Length;

    private bool Peek(string characters) => More && characters.Contains((char)text[position]);

    private bool Match(char c)
    {
        if (!More || text[position] != c)
            return false;
        position++;
        return true;
    }

    private int Next() => More ? text[position++] : throw new ArgumentException("unexpected end of the expression");

    private Automaton Union()
    {
        var alternatives = new List<Automaton> { Intersection() };
        while (Match('|'))
            alternatives.Add(Intersection());
        return alternatives.Count == 1 ? alternatives[0] : Bounded(alternatives.Sum(States), () => NfaOperations.Union(alternatives));
    }

    private Automaton Intersection()
    {
        var result = Concatenation();
        while (Match('&'))
        {
            var other = Concatenation();
            var left = result;
            result = Bounded((long)States(left) * States(other), () => BasicOperations.Intersection(left, other));
        }
        return result;
    }

    private Automaton Concatenation()
    {
        var parts = new List<Automaton> { Repeat() };
        while (More && !Peek(")|&"))
            parts.Add(Repeat());
        return parts.Count == 1 ? parts[0] : Bounded(parts.Sum(States), () => NfaOperations.Concatenate(parts));
    }

    private Automaton Repeat()
    {
        var result = Complement();
        while (Peek("?*+{"))
        {
            var inner = result;
            if (Match('?'))
                result = Bounded(States(inner) + 1L, () => NfaOperations.Optional(inner));
            else if (Match('*'))
                result = Bounded(States(inner) + 1L, () => NfaOperations.Star(inner));
            else if (Match('+'))
                result = Bounded(2L * States(inner) + 1, () => NfaOperations.Repeat(inner, 1, -1));
            else
            {
                Match('{');
                var min = Number();
                var max = Match(',') ? (Peek("0123456789") ? Number() : -1) : min;
                Match('}');
                result = max < 0
                    ? Bounded((min + 1L) * (States(inner) + 1), () => NfaOperations.Repeat(inner, min, -1))
                    : Bounded(Math.Max(1L, max) * (States(inner) + 1), () => NfaOperations.Repeat(inner, min, max));
            }
        }
        return result;
    }

    private int Number()
    {
        var start = position;
        while (Peek("0123456789"))
            position++;
        var digits = string.Concat(text[start..position].Select(c => (char)c));
        // Lucene has read the number already; one too large for an int is far too large a repetition anyway.
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw AutomatonBudget.TooLarge(QueryNoteKind.PatternRepetition, query, digits);
    }

    private Automaton Complement()
    {
        var negations = 0;
        while (Match('~'))
            negations++;
        var result = CharacterClass();
        // Complementing determinizes: count that first. Twice is the original language.
        if (negations % 2 == 1)
        {
            if (SubsetCount.AtMost(result, AutomatonBudget.MaxDeterministicStates) is null)
                throw AutomatonBudget.TooLarge(QueryNoteKind.PatternMoreStatesUnderComplement, query, AutomatonBudget.MaxDeterministicStates);
            result = BasicOperations.Complement(result);
        }
        return result;
    }

    private Automaton CharacterClass()
    {
        if (!Match('['))
            return Simple();
        var negated = Match('^');
        var ranges = new List<Automaton>();
        do
        {
            var from = Character();
            ranges.Add(Match('-') ? BasicAutomata.MakeCharRange(from, Character()) : BasicAutomata.MakeChar(from));
        }
        while (More && !Peek("]"));
        Match(']');
        var union = NfaOperations.Union(ranges);
        if (!negated)
            return union;
        if (SubsetCount.AtMost(union, AutomatonBudget.MaxPatternStates) is null)
            throw AutomatonBudget.TooLarge(QueryNoteKind.PatternMoreStatesInNegatedClass, query, AutomatonBudget.MaxPatternStates);
        return BasicOperations.Intersection(BasicAutomata.MakeAnyChar(), BasicOperations.Complement(union));
    }

    private Automaton Simple()
    {
        if (Match('.'))
            return BasicAutomata.MakeAnyChar();
        if (Match('#'))
            return BasicAutomata.MakeEmpty();
        if (Match('@'))
            return BasicAutomata.MakeAnyString();
        if (Match('"'))
        {
            var start = position;
            while (More && text[position] != '"')
                position++;
            var literal = string.Concat(text[start..position].Select(char.ConvertFromUtf32));
            Match('"');
            return BasicAutomata.MakeString(literal);
        }
        if (Match('('))
        {
            if (Match(')'))
                return BasicAutomata.MakeEmptyString();
            var inner = Union();
            Match(')');
            return inner;
        }
        if (Match('<'))
            return Interval();
        return BasicAutomata.MakeChar(Character());
    }

    private int Character()
    {
        Match('\\');
        return Next();
    }

    // <n-m>: the numbers from n to m; digits are fixed when both ends are written with as many.
    private Automaton Interval()
    {
        var start = position;
        while (More && text[position] != '>')
            position++;
        var body = string.Concat(text[start..position].Select(char.ConvertFromUtf32));
        Match('>');
        var dash = body.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
            throw new QuerySyntaxException(new(QueryNoteKind.PatternNamesAutomaton, query, body));
        var (low, high) = (body[..dash], body[(dash + 1)..]);
        if (!int.TryParse(low, NumberStyles.None, CultureInfo.InvariantCulture, out var min) || !int.TryParse(high, NumberStyles.None, CultureInfo.InvariantCulture, out var max))
            throw new QuerySyntaxException(new(QueryNoteKind.PatternBadInterval, query, body));
        return BasicAutomata.MakeInterval(Math.Min(min, max), Math.Max(min, max), low.Length == high.Length ? low.Length : 0);
    }

    private Automaton Bounded(long estimate, Func<Automaton> build)
    {
        if (estimate > AutomatonBudget.MaxPatternStates)
            throw AutomatonBudget.TooLarge(QueryNoteKind.PatternAboutStates, query, estimate);
        var built = build();
        if (States(built) > AutomatonBudget.MaxPatternStates)
            throw AutomatonBudget.TooLarge(QueryNoteKind.PatternStates, query, States(built));
        return built;
    }

    private static int States(Automaton automaton) => automaton.GetNumberOfStates();
}
