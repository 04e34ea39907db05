using System.Text;
using SearchPlans.Ingest.Decoding;

namespace SearchPlans.Tests.Ingest.Decoding;

public class TextDecoderTests
{
    private const string Sample = "河源市贯彻落实2022年政务公开工作要点（试行）";

    [Fact]
    public void Utf8_IsReadAsUtf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal(("UTF-8", Sample), (decoded.EncodingName, decoded.Text));
    }

    [Fact]
    public void Gb18030_IsDetectedWhenNotUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(Sample));
        Assert.Equal(("GB18030", Sample), (decoded.EncodingName, decoded.Text));
    }

    [Fact]
    public void Utf16WithByteOrderMark_IsReadByItsMark()
    {
        var decoded = TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)]);
        Assert.Equal(("UTF-16LE", Sample), (decoded.EncodingName, decoded.Text));
    }

    [Fact]
    public void Utf8ByteOrderMark_IsDropped()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.Equal(Sample, decoded.Text);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, "binary")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8 }, "not valid UTF-16LE")]
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0xFF, 0xFF }, "neither valid UTF-8, GB18030 nor Big5")]
    public void UnreadableBytes_ThrowWithTheReason(byte[] bytes, string reason)
    {
        var e = Assert.Throws<DecodingException>(() => TextDecoder.Decode(bytes));
        Assert.Contains(reason, e.Message);
    }

    [Theory]
    [InlineData(false, "UTF-16LE (no byte-order mark)")]
    [InlineData(true, "UTF-16BE (no byte-order mark)")]
    public void Utf16WithoutAByteOrderMark_IsRecognisedNotCalledBinary(bool bigEndian, string name)
    {
        var decoded = TextDecoder.Decode(new UnicodeEncoding(bigEndian, false).GetBytes(Sample + "\n"));
        Assert.Equal((name, Sample + "\n"), (decoded.EncodingName, decoded.Text));
    }

    [Theory]
    [InlineData(false, "UTF-32LE")]
    [InlineData(true, "UTF-32BE")]
    public void Utf32WithAByteOrderMark_IsReadAsUtf32(bool bigEndian, string name)
    {
        var encoding = new UTF32Encoding(bigEndian, true);
        var decoded = TextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)]);
        Assert.Equal((name, Sample), (decoded.EncodingName, decoded.Text));
    }

    [Fact]
    public void Big5_IsRecognisedRatherThanReadAsGb18030()
    {
        const string traditional = "河源市貫徹落實2022年政務公開工作要點，各縣區人民政府，市政府各部門、各直屬機構：現將工作要點印發給你們，請認真貫徹執行。";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var decoded = TextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(traditional));

        Assert.Equal(("Big5", traditional), (decoded.EncodingName, decoded.Text));
    }

    [Fact]
    public void Gb18030OfCommonText_IsNotMistakenForBig5()
    {
        const string simplified = "河源市贯彻落实2022年政务公开工作要点，各县区人民政府，市政府各部门、各直属机构：现将工作要点印发给你们，请认真贯彻执行。";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        Assert.Equal("GB18030", TextDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(simplified)).EncodingName);
    }
}
