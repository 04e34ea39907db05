using SearchPlans.Align.Features;
using SearchPlans.Model;

namespace SearchPlans.Tests.Align.Features;

public class ProfileBuilderTests
{
    private static Requirement Requirement(string text) => new("p-1", "1", [], text, "", [], false, null, [], SourceSpan.Line(1));

    [Fact]
    public void VeryLongRequirement_IsAlignedOnItsFirstCharactersOnly()
    {
        var profile = new ProfileBuilder().Build(0, "p", Requirement("做好政府信息公开" + new string('政', 200_000)));
        Assert.Equal(ProfileBuilder.MaxAlignedCharacters, profile.Chars.Length);
        Assert.Contains("信息", profile.Bigrams);
    }
}
