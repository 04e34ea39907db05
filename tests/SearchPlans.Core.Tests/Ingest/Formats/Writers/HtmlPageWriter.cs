using System.Net;
using System.Text;
using SearchPlans.Ingest.Formats;

namespace SearchPlans.Tests.Ingest.Formats.Writers;

/// <summary>
/// Writes blocks as a government portal's article page: navigation, a breadcrumb, the page fields (来源, 发布时间,
/// 索引号), the article with real tables (rowspan, colspan), share buttons, the attachment links, related links and
/// a footer, in the charset asked for (GB2312 as many portals declare it, with the bytes GBK writes).
/// </summary>
internal static class HtmlPageWriter
{
    public sealed record Page(string Source, string Published, string IndexNumber, IReadOnlyList<(string Name, string Href)> Attachments);

    public static byte[] Write(IEnumerable<DocumentBlock> blocks, Page page, string charset = "utf-8")
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html><head><meta charset=\"{charset}\"><title>政策文件</title><style>p{{margin:0}}</style></head><body>\n");
        html.Append("<div class=\"header\"><div class=\"logo\">人民政府门户网站</div><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li><li><a href=\"/zcwj\">政策文件</a></li><li><a href=\"/hdjl\">互动交流</a></li><li><a href=\"/bsfw\">办事服务</a></li></ul></div>\n");
        html.Append("<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 政策文件</div>\n");
        html.Append("<div class=\"main\"><div class=\"article\">\n");
        html.Append($"<div class=\"info\"><span>来源：{Encode(page.Source)}</span> <span>发布时间：{Encode(page.Published)}</span> <span>索引号：{Encode(page.IndexNumber)}</span></div>\n");
        html.Append("<div class=\"content\">\n");
        foreach (var block in blocks)
        {
            if (block is ParagraphBlock paragraph)
                html.Append(paragraph.Text.Length == 0 ? "<p></p>\n" : $"<p>{Encode(paragraph.Text).Replace("\t", "&emsp;")}</p>\n");
            else if (block is TableBlock table)
                Table(html, table.Rows);
        }
        html.Append("</div>\n");
        if (page.Attachments.Count > 0)
        {
            html.Append("<div class=\"attachments\">附件：");
            foreach (var (name, href) in page.Attachments)
                html.Append($"<p><a href=\"{Encode(href)}\">{Encode(name)}</a></p>");
            html.Append("</div>\n");
        }
        html.Append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> <a href=\"#\">QQ空间</a></div>\n");
        html.Append("<div class=\"print\">【<a href=\"javascript:window.print()\">打印本页</a>】 【<a href=\"javascript:window.close()\">关闭窗口</a>】</div>\n");
        html.Append("</div>\n<div class=\"related\"><h3>相关链接</h3><ul>");
        foreach (var (title, href) in new[] { ("国务院办公厅关于印发政务公开工作要点的通知", "/zcwj/1.html"), ("省人民政府办公厅政务公开工作要点", "/zcwj/2.html"), ("关于进一步做好政务公开工作的意见", "/zcwj/3.html") })
            html.Append($"<li><a href=\"{href}\">{title}</a></li>");
        html.Append("</ul></div></div>\n");
        html.Append("<div class=\"footer\"><p>主办：人民政府办公室　承办：政务服务数据管理局</p><p>网站标识码：4400000000　ICP备案号：粤ICP备00000000号</p></div>\n");
        html.Append("<script>var visits = '<p>一、不是正文</p>';</script>\n</body></html>\n");
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return (charset == "utf-8" ? new UTF8Encoding(false) : System.Text.Encoding.GetEncoding("GBK")).GetBytes(html.ToString());
    }

    private static void Table(StringBuilder html, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = rows.Max(r => r.Count);
        var merged = SeedLayout.Continuations(rows);
        html.Append("<table border=\"1\" cellspacing=\"0\">\n");
        for (var r = 0; r < rows.Count; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (merged[r][c])
                    continue;
                var span = 1;
                while (r + span < rows.Count && c < merged[r + span].Length && merged[r + span][c])
                    span++;
                var columnSpan = c == rows[r].Count - 1 ? columns - c : 1;
                html.Append("<td").Append(span > 1 ? $" rowspan=\"{span}\"" : "").Append(columnSpan > 1 ? $" colspan=\"{columnSpan}\"" : "").Append('>');
                html.Append(string.Join("", rows[r][c].Split('\n').Select(line => $"<p>{Encode(line)}</p>")));
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
