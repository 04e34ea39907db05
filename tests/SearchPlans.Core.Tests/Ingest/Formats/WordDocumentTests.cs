using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SearchPlans.Ingest.Formats;
using SearchPlans.Ingest.Formats.Office;
using SearchPlans.Tests.Ingest.Formats.Writers;

namespace SearchPlans.Tests.Ingest.Formats;

/// <summary>What a Word document holds beyond its runs of text: the labels of automatic numbering.</summary>
public sealed class WordDocumentTests
{
    [Fact]
    public void AutomaticNumbering_PrintsItsLabelsBeforeTheParagraphs()
    {
        var items = new (int Level, string Text)[]
        {
            (0, "优化政务公开工作基础"), (1, "深化行政规章集中公开"), (2, "依托平台完善规章建设。"), (2, "加快推进规范性文件库建设。"),
            (1, "推进基层政务公开标准化"), (2, "持续推动目录动态更新。"), (0, "围绕中心工作深化公开"), (1, "做好疫情防控信息公开"), (2, "加强信息发布协调。"),
        };

        var blocks = DocxReader.Read(NumberedDocument(items)).Blocks;

        Assert.Equal(
            ["一、优化政务公开工作基础", "（一）深化行政规章集中公开", "1.依托平台完善规章建设。", "2.加快推进规范性文件库建设。", "（二）推进基层政务公开标准化",
             "1.持续推动目录动态更新。", "二、围绕中心工作深化公开", "（一）做好疫情防控信息公开", "1.加强信息发布协调。"],
            blocks.Cast<ParagraphBlock>().Select(p => p.Text));
    }

    // A list as Word writes one: 一、 over （一） over 1., each level restarting those under it.
    private static byte[] NumberedDocument(IEnumerable<(int Level, string Text)> items)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.ChineseCounting, "%1、"),
                    Level(1, NumberFormatValues.ChineseCounting, "（%2）"),
                    Level(2, NumberFormatValues.Decimal, "%3."))
                { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            main.Document = new Document(new Body(items.Select(item =>
            {
                var paragraph = DocxWriter.Paragraph(item.Text);
                paragraph.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = item.Level }, new NumberingId { Val = 1 }));
                return paragraph;
            })));
        }
        return stream.ToArray();
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
