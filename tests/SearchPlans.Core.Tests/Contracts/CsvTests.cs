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

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tcmd", "'\tcmd")]
    public void Quote_FieldASpreadsheetWouldRun_IsDefusedWithAnApostrophe(string field, string expected)
    {
        Assert.Equal(expected, Csv.Quote(field));
    }

    [Theory]
    [InlineData("-0.25")]
    [InlineData("+3")]
    [InlineData("各单位=牵头")]
    public void Quote_NumbersAndInnerSigns_AreLeftAlone(string field)
    {
        Assert.Equal(field, Csv.Quote(field));
    }
}
