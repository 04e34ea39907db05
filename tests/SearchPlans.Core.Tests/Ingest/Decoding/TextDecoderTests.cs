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
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0xFF, 0xFF }, "neither valid UTF-8 nor GB18030")]
    public void UnreadableBytes_ThrowWithTheReason(byte[] bytes, string reason)
    {
        var e = Assert.Throws<DecodingException>(() => TextDecoder.Decode(bytes));
        Assert.Contains(reason, e.Message);
    }
}
