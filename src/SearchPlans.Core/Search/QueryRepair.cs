using System.Text;

namespace SearchPlans.Search;

/// <summary>
/// Reads a query as people paste it, the way Elasticsearch's simple_query_string does: what would be a syntax error
/// is read as text instead, and each change is noted (<see cref="QueryNote"/>). A dangling quote is closed; `/`, `!` and `:`
/// that start no regular expression, negation or field are text (2021/9, 三同步!, 目标:); an operator with nothing on
/// one side is left out (政策 OR); lowercase and, or, not between words are the operators AND, OR, NOT.
/// </summary>
internal static class QueryRepair
{
    private static readonly string[] Operators = ["AND", "OR", "NOT", "&&", "||"];

    /// <summary>The query with only what the parser would refuse changed, and what was changed.</summary>
    public static (string Query, IReadOnlyList<QueryNote> Notes) Repair(string query)
    {
        var notes = new List<QueryNote>();
        var tokens = Tokens(query);
        if (tokens.Count(t => t.Kind == Kind.Phrase && !t.Closed) > 0)
            notes.Add(new(QueryNoteKind.QuoteClosed));

        // Lowercase operators between two words: people type them meaning the operator.
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == Kind.Word && t.Text is "and" or "or" or "not" && i > 0 && i < tokens.Count - 1
                && tokens[i - 1].Kind != Kind.Operator && tokens[i + 1].Kind != Kind.Operator)
            {
                var upper = t.Text.ToUpperInvariant();
                notes.Add(new(QueryNoteKind.OperatorRead, t.Text, upper));
                tokens[i] = t with { Text = upper, Kind = Kind.Operator };
            }
        }

        // An operator with nothing to join: at either end, or two in a row (NOT after AND or OR is fine).
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != Kind.Operator)
                continue;
            var before = i > 0 ? tokens[i - 1] : null;
            var after = i < tokens.Count - 1 ? tokens[i + 1] : null;
            var unary = t.Text is "NOT" or "!" or "+" or "-";
            var joinsNothing = after is null || after.Kind == Kind.Operator && after.Text is not ("NOT" or "!" or "+" or "-")
                || !unary && (before is null || before.Kind is Kind.Operator or Kind.FieldPrefix || before.Text == "(");
            if (after is { Text: ")" } || joinsNothing)
            {
                notes.Add(new(after is null ? QueryNoteKind.OperatorLeftOutAtEnd : before is null ? QueryNoteKind.OperatorLeftOutAtStart : QueryNoteKind.OperatorLeftOut, t.Text));
                tokens.RemoveAt(i);
                i = Math.Max(-1, i - 2);
            }
        }

        var rebuilt = new StringBuilder();
        var depth = 0;
        foreach (var t in tokens)
        {
            if (rebuilt.Length > 0 && t.SpaceBefore)
                rebuilt.Append(' ');
            switch (t.Kind)
            {
                case Kind.Phrase:
                    rebuilt.Append('"').Append(t.Text).Append('"').Append(t.Suffix);
                    break;
                case Kind.Bracket when t.Text == "(":
                    depth++;
                    rebuilt.Append('(');
                    break;
                case Kind.Bracket when depth == 0:
                    notes.Add(new(QueryNoteKind.BracketLeftOut));
                    break;
                case Kind.Bracket:
                    depth--;
                    rebuilt.Append(')');
                    break;
                case Kind.Operator or Kind.FieldPrefix or Kind.Raw:
                    rebuilt.Append(t.Text);
                    break;
                default:
                    rebuilt.Append(Word(t.Text, notes));
                    break;
            }
        }
        if (depth > 0)
        {
            rebuilt.Append(')', depth);
            notes.Add(new(QueryNoteKind.BracketClosed));
        }
        return (rebuilt.ToString().Trim(), notes.Distinct().ToList());
    }

    /// <summary>Every word of the query as plain text, for a query the parser still refuses after repair.</summary>
    public static string PlainWords(string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(c => char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c is '*' or '?')]))
            .Where(w => w.Length > 0 && w.Any(char.IsLetterOrDigit) && !Operators.Contains(w));
        return string.Join(" ", words);
    }

    // A word keeps the syntax that works inside it (field:value, wildcards, a trailing ~ or ^n, a leading + - !, a
    // whole /regular expression/); a /, ! or : that would break the parse is escaped as text.
    private static string Word(string word, List<QueryNote> notes)
    {
        var prefix = "";
        if (word.Length > 1 && word[0] is '+' or '-' or '!')
        {
            prefix = word[..1];
            word = word[1..];
        }
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        // A known field, or what looks like one (ASCII letters), keeps its colon: the parser names the fields for a
        // mistyped one. 目标: or 2021:9 is text.
        if (colon > 0 && word[..colon] is var field && (QueryFields.Find(field) is not null || field.All(char.IsAsciiLetter)) && colon < word.Length - 1)
            return prefix + word[..(colon + 1)] + Word(word[(colon + 1)..], notes);
        if (word.Length > 1 && word[0] == '/' && word[^1] == '/' && word.Count(c => c == '/') == 2)
            return prefix + word;
        var escaped = new StringBuilder(prefix);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '\\' && i + 1 < word.Length)
            {
                escaped.Append(c).Append(word[++i]);
                continue;
            }
            if (c is '/' or '!' or ':' or '[' or ']' or '{' or '}' || c is '^' or '~' && !TrailingModifier(word, i) || c == '&' || c == '|')
            {
                if (c is ':' && i > 0)
                    notes.Add(new(QueryNoteKind.ColonAsText, word[..i], string.Join(", ", QueryFields.Names.Where(n => n != "doc"))));
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    // 公开~ and 公开~1, 解读^2 at the end of a word are fuzzy and boost syntax.
    private static bool TrailingModifier(string word, int at) =>
        at > 0 && word[(at + 1)..].All(c => char.IsAsciiDigit(c) || c == '.');

    private enum Kind { Word, Phrase, Operator, Bracket, FieldPrefix, Raw }

    // At a piece that starts a regular expression or a range (after an optional field: and + - !), the piece up to
    // its closing / ] or }; null when it starts none or is never closed.
    private static string? WholeUntil(string query, int start)
    {
        var at = start;
        if (at < query.Length && query[at] is '+' or '-' or '!')
            at++;
        var colon = query.IndexOf(':', at);
        if (colon > at && query[at..colon].All(char.IsAsciiLetter) && QueryFields.Find(query[at..colon]) is not null)
            at = colon + 1;
        if (at >= query.Length || query[at] is not ('/' or '[' or '{'))
            return null;
        var open = query[at];
        for (var i = at + 1; i < query.Length; i++)
        {
            if (query[i] == '\\')
            {
                i++;
                continue;
            }
            if (open == '/' ? query[i] == '/' : query[i] is ']' or '}')
            {
                // The piece runs on to the next space: a boost or fuzziness may follow.
                var end = i + 1;
                while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] is not ('(' or ')'))
                    end++;
                return query[start..end];
            }
        }
        return null;
    }

    private sealed record Token(Kind Kind, string Text, bool SpaceBefore, bool Closed = true, string Suffix = "");

    private static List<Token> Tokens(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        var space = false;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            if (c == '"')
            {
                var end = i + 1;
                while (end < query.Length && query[end] != '"')
                    end += query[end] == '\\' && end + 1 < query.Length ? 2 : 1;
                var closed = end < query.Length;
                var text = query[(i + 1)..Math.Min(end, query.Length)];
                i = Math.Min(end + 1, query.Length);
                // A phrase keeps its ~slop or ^boost.
                var suffixEnd = i;
                while (suffixEnd < query.Length && (query[suffixEnd] is '~' or '^' or '.' || char.IsAsciiDigit(query[suffixEnd])))
                    suffixEnd++;
                tokens.Add(new Token(Kind.Phrase, text, space, closed, closed ? query[i..suffixEnd] : ""));
                i = suffixEnd;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(Kind.Bracket, c.ToString(), space));
                i++;
            }
            else if (WholeUntil(query, i) is { } whole)
            {
                // A /regular expression/ or a [range TO range] is one piece, whatever it holds.
                tokens.Add(new Token(Kind.Raw, whole, space));
                i += whole.Length;
            }
            else
            {
                var end = i;
                while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] is not ('(' or ')' or '"'))
                    end += query[end] == '\\' && end + 1 < query.Length ? 2 : 1;
                var word = query[i..Math.Min(end, query.Length)];
                // field:"a phrase" and field:(a b) stay one piece with what follows.
                if (word.EndsWith(':') && QueryFields.Find(word[..^1]) is not null && end < query.Length && query[end] is '"' or '(')
                {
                    tokens.Add(new Token(Kind.FieldPrefix, word, space));
                    i = end;
                    space = false;
                    continue;
                }
                tokens.Add(new Token(Operators.Contains(word) || word is "!" or "+" or "-" ? Kind.Operator : Kind.Word, word, space));
                i = end;
            }
            space = false;
        }
        return tokens;
    }
}
