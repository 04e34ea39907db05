using SearchPlans.Review.Evaluation;
using SearchPlans.Review;

namespace SearchPlans.Tests.Review;

public sealed class JudgementValidatorTests
{
    private static JudgementCheck Check(string? source, string? target, string? verdict, string? kind = null, string? note = null) =>
        JudgementValidator.Check(ReviewTestData.Corpus, new JudgementRequest(source, target, verdict, kind, note, null));

    [Fact]
    public void Check_ConfirmWithoutKind_TakesTheLinksKind()
    {
        var draft = Check("b-2", " a-2 ", "confirm").Draft!;

        Assert.Equal(("b-2", "a-2", ReviewVerdict.Confirmed, GoldJudgement.Related), (draft.Source, draft.Target, draft.Verdict, draft.Kind));
    }

    [Fact]
    public void Check_ConfirmWithAnotherKind_RecordsTheReviewersKind() =>
        Assert.Equal(GoldJudgement.Equivalent, Check("a-2", "b-2", "confirm", "equivalent").Draft!.Kind);

    [Fact]
    public void Check_Reject_RecordsMustNotLink() =>
        Assert.Equal(GoldJudgement.None, Check("a-1", "b-1", "reject").Draft!.Kind);

    [Fact]
    public void Check_AddUnlinkedPair_IsAccepted() =>
        Assert.Equal((ReviewVerdict.Added, GoldJudgement.Related), (Check("a-1", "b-2", "add", "related").Draft!.Verdict, Check("a-1", "b-2", "add", "related").Draft!.Kind));

    [Theory]
    [InlineData("a-1", "", "confirm", null, "Give both requirement ids")]
    [InlineData("a-1", "b-1", "approve", null, "\"approve\" is no verdict")]
    [InlineData("a-1", "x-9", "confirm", null, "no requirement \"x-9\"")]
    [InlineData("a-1", "a-2", "add", "related", "both in a")]
    [InlineData("a-1", "b-2", "confirm", null, "no link between a-1 and b-2 to confirm")]
    [InlineData("a-1", "b-2", "reject", null, "no link between a-1 and b-2 to reject")]
    [InlineData("a-1", "b-1", "add", "related", "already linked as equivalent")]
    [InlineData("a-1", "b-2", "add", null, "no kind of link")]
    [InlineData("a-1", "b-2", "add", "none", "no kind of link")]
    public void Check_BadRequest_IsRefusedWithAReason(string source, string target, string verdict, string? kind, string reason)
    {
        var check = Check(source, target, verdict, kind);

        Assert.Null(check.Draft);
        Assert.Contains(reason, check.Problem);
    }

    [Fact]
    public void Check_OverlongNote_IsRefused() =>
        Assert.Null(Check("a-1", "b-1", "confirm", note: new string('注', JudgementValidator.MaxNoteLength + 1)).Draft);
}
