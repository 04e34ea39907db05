using System.Text;

namespace SearchPlans.Ingest.Decoding;

/// <summary>
/// Turns a file's bytes into text: a byte-order mark wins (UTF-32 before UTF-16, whose mark begins the same), then
/// UTF-16 without a mark (recognised by where its zero bytes fall), strict UTF-8, then GB18030 (the national standard
/// encoding, a superset of GBK and GB2312, common in government files), or Big5 when GB18030 reads the bytes as
/// strange characters and Big5 as common ones.
/// </summary>
public static class TextDecoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() => Strict("GB18030"));

    private static readonly Lazy<Encoding> Big5 = new(() => Strict("big5"));

    private static Encoding Strict(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            throw new DecodingException("the file is empty");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Checked(DecodeStrict(StrictUtf8, bytes[3..], "UTF-8"), "UTF-8 (with BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Checked(DecodeStrict(new UTF32Encoding(false, false, true), bytes[4..], "UTF-32LE"), "UTF-32LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return Checked(DecodeStrict(new UTF32Encoding(true, false, true), bytes[4..], "UTF-32BE"), "UTF-32BE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Checked(DecodeStrict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE"), "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Checked(DecodeStrict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE"), "UTF-16BE");

        if (Utf16WithoutMark(bytes) is { } utf16)
            return utf16;
        if (LooksBinary(bytes))
            throw new DecodingException("the file is binary (it contains NUL or many control bytes), not a text plan");

        if (TryDecode(StrictUtf8, bytes, out var utf8))
            return Checked(utf8, "UTF-8");
        var isGb = TryDecode(Gb18030.Value, bytes, out var gb);
        if (TryDecode(Big5.Value, bytes, out var big5) && LooksLikeBig5(isGb ? gb : "", big5))
            return Checked(big5, "Big5");
        if (isGb)
            return Checked(gb, "GB18030");

        throw new DecodingException("the file is neither valid UTF-8, GB18030 nor Big5 text");
    }

    /// <summary>Text a format's reader took out of a document, cleaned as a decoded file's text is.</summary>
    public static DecodedText Extracted(string text, string formatName) => Checked(text, formatName);

    // Text in UTF-16 has a zero byte in every line end, tab, digit and Latin letter, nearly all on one side of the
    // pair: the odd bytes for little-endian, the even ones for big-endian (开, U+5F00, puts one on the other side).
    // Binary files have them on both sides alike.
    private static DecodedText? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0)
            return null;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var (even, odd) = (0, 0);
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0)
                _ = i % 2 == 0 ? even++ : odd++;
        if (even + odd < sample.Length / 100 + 1 || Math.Min(even, odd) * 3 > Math.Max(even, odd))
            return null;
        var bigEndian = even > odd;
        var name = bigEndian ? "UTF-16BE" : "UTF-16LE";
        return TryDecode(new UnicodeEncoding(bigEndian, false, true), bytes, out var text) && !text.Contains('\0')
            ? Checked(text, name + " (no byte-order mark)") : null;
    }

    // GB18030 accepts nearly any bytes, so valid GB18030 says little; the characters it reads say more.
    private static bool LooksLikeBig5(string asGb18030, string asBig5) =>
        TraditionalScript.CommonShare(asBig5) > 0.3 && TraditionalScript.CommonShare(asBig5) > 2 * TraditionalScript.CommonShare(asGb18030);

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name) =>
        TryDecode(encoding, bytes, out var text) ? text : throw new DecodingException("the file starts with a {0} byte-order mark but is not valid {1}", name, name);

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static DecodedText Checked(string text, string encodingName)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DecodingException("the file holds only white space");
        if (text.Contains('\0') || ControlShare(text) > 0.05)
            throw new DecodingException("the file decodes as {0} but is mostly control characters, not a text plan", encodingName);
        // A stray bell or escape from a converter would cut a cell in two; such characters carry no text.
        var cleaned = string.Concat(text.Where(c => !IsStrayControl(c)));
        // Invisible marks change what a plan says without showing: a zero-width space inside 2020年 hides the year,
        // one inside a unit marker hides a requirement.
        var visible = string.Concat(cleaned.Where(c => !IsInvisible(c)));
        return new DecodedText(visible, encodingName, text.Length - cleaned.Length, cleaned.Length - visible.Length);
    }

    private static bool IsStrayControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f');

    /// <summary>
    /// Zero-width space, non-joiner, joiner, the left-to-right and right-to-left marks, word joiner, a byte-order
    /// mark inside the text, and the bidirectional embeddings, overrides and isolates.
    /// </summary>
    public static bool IsInvisible(char c) => c is (>= '\u200B' and <= '\u200F') or '\u2060' or '\uFEFF'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    // Text files have tabs and line ends; a few stray control bytes are tolerated, a NUL is not.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
            return true;
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
                control++;
        return control > sample.Length / 20;
    }

    private static double ControlShare(string text)
    {
        var control = text.Count(IsStrayControl);
        return (double)control / text.Length;
    }
}
