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

    [Fact]
    public void Build_PlansTogether_ShareOneStringPerTerm()
    {
        var profiles = new ProfileBuilder().Build([Seeds.Heyuan, Seeds.Qingyuan]);

        var bigrams = profiles.Select(p => p.Bigrams.FirstOrDefault(b => b == "公开")).OfType<string>().ToList();
        var words = profiles.Select(p => p.Words.Keys.FirstOrDefault(w => w == "政务")).OfType<string>().ToList();

        Assert.True(bigrams.Count > 10 && words.Count > 10);
        Assert.All(bigrams, b => Assert.Same(bigrams[0], b));
        Assert.All(words, w => Assert.Same(words[0], w));
    }
}
