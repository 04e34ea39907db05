using SearchPlans.Review;

namespace SearchPlans.Tests.Review;

public sealed class ReviewerAccountsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private ReviewerAccounts Write(params string[] lines)
    {
        File.WriteAllLines(folder.Combine("reviewers.tsv"), lines);
        return ReviewerAccounts.Load(folder.Combine("reviewers.tsv"));
    }

    [Fact]
    public void Verify_TheRightPassword_IsAccepted() =>
        Assert.True(Write(ReviewerAccounts.LineFor("李明", "s3cret")).Verify("李明", "s3cret"));

    [Theory]
    [InlineData("李明", "wrong")]
    [InlineData("王芳", "s3cret")]
    public void Verify_AWrongPasswordOrAnUnknownName_IsRefused(string name, string password) =>
        Assert.False(Write(ReviewerAccounts.LineFor("李明", "s3cret")).Verify(name, password));

    [Fact]
    public void LineFor_NeverHoldsThePassword() =>
        Assert.DoesNotContain("s3cret", ReviewerAccounts.LineFor("李明", "s3cret"), StringComparison.Ordinal);

    [Fact]
    public void Load_ALineThatIsNoHash_IsRefusedNamingTheLine() =>
        Assert.Contains("line 2", Assert.Throws<FormatException>(() => Write("# reviewers", "李明\tplain-password")).Message);
}
