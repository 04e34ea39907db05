using SearchPlans.Contracts;

namespace SearchPlans.Tests.Contracts;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    public void Quote_Field_FollowsRfc4180(string? field, string expected)
    {
        Assert.Equal(expected, Csv.Quote(field));
    }
}
