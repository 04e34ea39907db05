using System.Text;

namespace SearchPlans.Generate;

/// <summary>Turns a written plan into the bytes of its file: Traditional script through ICU, then UTF-8 or GB18030.</summary>
internal static class FileDressing
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    private static readonly Lock Gate = new();

    public static byte[] Bytes(string text, PlanDress dress)
    {
        if (dress.Traditional)
            text = ToTraditional(text);
        return dress.Gb18030 ? Gb18030.Value.GetBytes(text) : Encoding.UTF8.GetBytes(text);
    }

    public static string ToTraditional(string text)
    {
        // ICU transliterators are not thread-safe, and Traditional plans are few; one at a time is enough.
        lock (Gate)
        {
            Icu.Wrapper.Init();
            using var transliterator = Icu.Transliterator.CreateInstance("Simplified-Traditional");
            return transliterator.Transliterate(text);
        }
    }
}
