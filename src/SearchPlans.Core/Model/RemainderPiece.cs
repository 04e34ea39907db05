namespace SearchPlans.Model;

/// <summary>Why a piece of source text is kept outside the requirements.</summary>
public enum RemainderKind
{
    /// <summary>Masthead lines the plan's metadata was read from: issuing body, document number, titles, dates.</summary>
    Metadata,
    /// <summary>Cover letter, addressees, general requirements before the first section.</summary>
    Preamble,
    /// <summary>备注, 附件, 公开方式 and other notes after the requirements.</summary>
    Note,
    /// <summary>Issuer and date lines, 抄送, 印发 colophons.</summary>
    Signature,
    /// <summary>Table header rows, the first and every one a page break repeats.</summary>
    TableHeader,
    /// <summary>Section cells that a page break (or the converter) repeats.</summary>
    PageRepeat,
    /// <summary>Text that fits no other role; kept so nothing is lost.</summary>
    Other,
    /// <summary>A web page's navigation, footer, share buttons and related links: the portal's, not the plan's.</summary>
    PageChrome,
}

/// <summary>Source text that is neither metadata, a section title nor a requirement, kept so nothing is lost.</summary>
public sealed record RemainderPiece(RemainderKind Kind, string Text, SourceSpan Source);
