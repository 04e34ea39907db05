using Icu;

namespace SearchPlans.Ingest.Head;

/// <summary>
/// Han → toneless Latin pinyin through the machine's ICU (via icu.net), one syllable per character, with place names'
/// own readings (<see cref="PlaceReadings"/>).
/// </summary>
internal static class Pinyin
{
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        Wrapper.Init();
        return true;
    });

    private static readonly Lock Gate = new();

    // Built once: building it parses ICU's rules and took most of a plan id's time.
    private static Transliterator? transliterator;

    public static string ToLatin(string han)
    {
        _ = Initialised.Value;
        // ICU transliterators are not thread-safe; plan ids are made once per file, so one lock is enough.
        lock (Gate)
        {
            transliterator ??= Transliterator.CreateInstance("Han-Latin; Latin-ASCII");
            return transliterator.Transliterate(PlaceReadings.Apply(han));
        }
    }
}
