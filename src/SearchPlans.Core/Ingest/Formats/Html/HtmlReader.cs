using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SearchPlans.Ingest.Decoding;
using SearchPlans.Ingest.Head;

namespace SearchPlans.Ingest.Formats.Html;

/// <summary>
/// Reads a plan's web page with AngleSharp: only the article is the plan's text; the portal's navigation, footer,
/// share buttons and lists of links are kept apart as chrome, the labelled fields around the article (来源, 发布时间,
/// 索引号) are kept at its head for the metadata, and links to documents are the attachments. The charset a page
/// declares (GB2312 and GBK on many portals) is honoured; a page that declares none is decoded as a text file is.
/// </summary>
internal static partial class HtmlReader
{
    public const string FormatName = "web page (.html)";

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*[A-Za-z0-9_:.-]+", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();

    public static ExtractedDocument Read(byte[] content)
    {
        // Tags are ASCII in every charset a page may declare, so the markup can be checked before it is decoded.
        NestingGuard.Check(Encoding.Latin1.GetString(content));
        var document = Parse(content);
        var body = document.Body ?? throw new UnreadableDocumentException("the page has no body");
        var stats = new PageStats(body);
        var chrome = PageChrome.Find(body, stats);
        var article = ArticleFinder.Find(body, stats, chrome);
        var inside = new HtmlBlocks(chrome, readTables: true).Read(article);
        var outside = article == body ? null : new HtmlBlocks(chrome, readTables: false).Read(body, skip: article);

        // Outside the article, the labelled fields are the page's metadata and the rest is the portal's.
        var around = outside?.Blocks ?? [];
        var fields = around.Where(IsField).ToList();
        var rest = around.Where(b => !IsField(b)).Select(b => BlockText.Render([b]).Trim());
        return new ExtractedDocument(FormatName, [.. fields, .. inside.Blocks])
        {
            Chrome = [.. inside.Chrome, .. outside?.Chrome ?? [], .. rest],
            Attachments = AttachmentLinks.Find(body, chrome),
        };
    }

    private static bool IsField(DocumentBlock block) => block is ParagraphBlock p && PageMetadata.IsFieldLine(p.Text);

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(byte[] content)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var parser = new HtmlParser();
        var head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 4096));
        if (DeclaredCharset().IsMatch(head) || content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return parser.ParseDocument(new MemoryStream(content, writable: false));
        try
        {
            return parser.ParseDocument(TextDecoder.Decode(content).Text);
        }
        catch (DecodingException e)
        {
            throw new UnreadableDocumentException("the page declares no charset and {0}", e.Message);
        }
    }
}
