namespace SearchPlans.Analysis;

// TEMPORARY stand-in for the Analysis change; replaced at merge. Same signature, minimal behaviour.

/// <summary>Folds text for matching; the result has the same length as the input.</summary>
public static class TextFolding
{
    public static string Fold(string s) => string.Create(s.Length, s, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
        }
    });
}
