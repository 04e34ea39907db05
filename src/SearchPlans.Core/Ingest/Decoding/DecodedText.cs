namespace SearchPlans.Ingest.Decoding;

/// <summary>A file's text and the encoding it was read with.</summary>
/// <param name="ControlCharactersRemoved">Stray control characters (not tab, line ends or form feed) taken out of the text.</param>
/// <param name="InvisibleCharactersRemoved">Zero-width, byte-order and direction marks taken out of the text.</param>
public sealed record DecodedText(string Text, string EncodingName, int ControlCharactersRemoved = 0, int InvisibleCharactersRemoved = 0);
