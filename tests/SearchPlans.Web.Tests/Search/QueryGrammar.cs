using FsCheck;
using FsCheck.Fluent;

namespace SearchPlans.Tests.Web.Search;

/// <summary>
/// Random queries from the whole query syntax: words, phrases, wildcards, fuzzy terms, ranges, fields, boosts,
/// /regular expressions/ with repetitions up to tens of thousands, AND/OR/NOT and brackets, and stray syntax
/// characters, so most of them reach the costly parts rather than failing at the parser.
/// </summary>
internal static class QueryGrammar
{
    private static readonly string[] Words = ["公开", "政务", "信息", "三同步", "解读", "年报", "平台", "政府", "解", "开", "a", "abc", "2022", "１２", "信息公开"];

    private static readonly string[] Fields = ["", "", "", "text:", "jurisdiction:", "year:", "unit:", "level:", "bogus:"];

    private static readonly string[] Stray = ["(", ")", "[", "]", "{", "}", "\"", "\\", "/", ":", "^", "~", "*", "?", "!", "+", "-", "&&", "||", " ", "\u200b", "\u202e"];

    public static Gen<string> Query() => Gen.Sized(size => Clauses(Math.Min(size, 6)))
        .Select(q => q.Length > 500 ? q[..500] : q);

    private static Gen<string> Clauses(int depth) =>
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Clause(depth), n))
            .SelectMany(clauses => Gen.Elements(" ", " AND ", " OR ", " NOT ", " && ", " +").Select(join => string.Join(join, clauses)));

    private static Gen<string> Clause(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Elements(Words),
            Gen.Elements(Words),
            Phrase(),
            Wildcard(),
            Wildcard(),
            Fuzzy(),
            Range(),
            Regexp(2).Select(r => "/" + r + "/"),
            Regexp(2).Select(r => "/" + r + "/"),
            Gen.ArrayOf(Gen.Elements(Stray)).Select(string.Concat),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));
        var fielded = Gen.Elements(Fields).SelectMany(field => leaf.Select(l => field + l))
            .SelectMany(c => Gen.Elements("", "", "", "^2", "^0.1", "~2").Select(suffix => c + suffix));
        return depth <= 0 ? fielded : Gen.OneOf(fielded, fielded, fielded, Clauses(depth - 1).Select(c => "(" + c + ")"));
    }

    private static Gen<string> Phrase() =>
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n))
            .SelectMany(words => Gen.Elements("", "~3", "~100").Select(slop => "\"" + string.Join(" ", words) + "\"" + slop));

    private static Gen<string> Wildcard() =>
        Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Frequency((3, Gen.Constant("?")), (2, Gen.Constant("*")), (3, Gen.Elements(Words))), n))
            .Select(string.Concat);

    private static Gen<string> Fuzzy() =>
        Gen.Elements(Words).SelectMany(w => Gen.Elements("~", "~0", "~1", "~2", "~0.5", "~9").Select(f => w + f));

    private static Gen<string> Range() =>
        Gen.Elements(Words).SelectMany(a => Gen.Elements(Words).SelectMany(b => Gen.Elements("[{0} TO {1}]", "{{{0} TO {1}}}", "[* TO {1}]", "[{0} TO *}}")
            .Select(shape => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, a, b))));

    private static Gen<string> Regexp(int depth)
    {
        var atom = Gen.OneOf(
            Gen.Elements(".", ".", "解", "公", "a", "[0-9]", "[^a]", "[a-z]", "\"公开\"", "<1-100>", "@", "#", "\\.", "()", "~a"));
        var repeated = atom.SelectMany(a => Repetition().Select(r => a + r));
        var nested = depth <= 0 ? repeated : Gen.OneOf(repeated, repeated, Regexp(depth - 1).SelectMany(r => Repetition().Select(rep => "(" + r + ")" + rep)));
        return Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(nested, n))
            .SelectMany(parts => Gen.Elements("", "|", "&").Select(join => string.Join(join, parts)))
            .SelectMany(r => Gen.Elements("", "", "~").Select(not => not + r));
    }

    private static Gen<string> Repetition() => Gen.OneOf(
        Gen.Elements("", "", "", "*", "+", "?"),
        Count().Select(n => $"{{{n}}}"),
        Count().SelectMany(n => Count().Select(m => $"{{{n},{m}}}")),
        Count().Select(n => $"{{{n},}}"));

    // Mostly small, sometimes the huge counts that once overflowed the stack.
    private static Gen<int> Count() => Gen.Frequency((6, Gen.Choose(0, 12)), (2, Gen.Choose(13, 300)), (1, Gen.Choose(301, 65535)));
}
