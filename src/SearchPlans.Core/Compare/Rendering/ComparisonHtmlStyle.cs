namespace SearchPlans.Compare.Rendering;

/// <summary>The style sheet embedded in the comparison page, so the page is one file that opens and prints anywhere.</summary>
internal static class ComparisonHtmlStyle
{
    // Fonts: the common Simplified Chinese faces on macOS, Windows and Linux before the generic
    // fallback. In print, backgrounds are often dropped, so changes keep a line-through and an
    // underline that need no colour.
    public const string Css = """
        body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; line-height: 1.7; color: #222; max-width: 80em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.4em; margin: 0 0 .5em; }
        h2 { font-size: 1.15em; margin: 1.5em 0 .5em; }
        .plans { margin: 0 0 1em; }
        .summary { display: flex; flex-wrap: wrap; gap: .25em 1.5em; margin: 0 0 1.5em; padding: 0; }
        .summary div { display: flex; gap: .4em; }
        .summary dt { color: #555; }
        .summary dd { margin: 0; font-weight: bold; }
        table.rows { width: 100%; border-collapse: collapse; table-layout: fixed; }
        th, td { border: 1px solid #ccc; padding: .5em .75em; vertical-align: top; text-align: left; }
        thead th { background: #f4f4f4; }
        .meta { font-size: .85em; color: #555; margin-bottom: .25em; }
        .num { font-weight: bold; color: #222; margin-right: .5em; }
        .score { font-variant-numeric: tabular-nums; }
        .also { font-size: .85em; color: #555; margin-top: .25em; }
        .none { color: #999; }
        tr.only-a td:first-child { background: #fff8e6; }
        del { background: #fdd; color: #a00; text-decoration: line-through; }
        ins { background: #dfd; color: #060; text-decoration: underline; }
        ol.only-a, ol.only-b { padding-left: 0; list-style: none; }
        ol.only-a li, ol.only-b li { margin: .4em 0; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
          thead { display: table-header-group; }
          tr, li { break-inside: avoid; }
          del, ins, tr.only-a td:first-child { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }
        """;
}
