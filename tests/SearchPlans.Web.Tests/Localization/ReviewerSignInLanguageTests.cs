using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchPlans.Review;
using SearchPlans.Tests.Web.Pages;
using SearchPlans.Web;

namespace SearchPlans.Tests.Web.Localization;

/// <summary>The seeds served to other machines with a reviewers file, so judging needs a reviewer signed in.</summary>
public sealed class ReviewersSite : IndexedSite
{
    public const string Reviewer = "李明";
    public const string Password = "correct horse";

    public ReviewersSite() : base(Read(SeedsPath)) =>
        File.WriteAllLines(ReviewersFile, [ReviewerAccounts.LineFor(Reviewer, Password)]);

    private string ReviewersFile => Path.Combine(Path.GetDirectoryName(IndexPath)!, "reviewers.tsv");

    protected override WebAppOptions Options => new(IndexPath) { ReviewersFile = ReviewersFile, LoopbackOnly = false };
}

/// <summary>
/// What the language walk of the open site cannot reach: the review pages where reviewers sign in (the invitation to
/// sign in, the sign-in form, a wrong password, a judgement refused to a visitor, the signed-in desk), each in the
/// language asked for with no word of the other outside the plans' text.
/// </summary>
public sealed class ReviewerSignInLanguageTests(ReviewersSite site) : IClassFixture<ReviewersSite>
{
    public static TheoryData<string> Languages => ["zh-CN", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_step_of_signing_in_is_in_the_language_asked_for(string language)
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var judge = new Dictionary<string, string>
        {
            ["source"] = "jiangmen-zftzgcjsglzx-2022-4", ["target"] = "heyuan-2022-13", ["verdict"] = "confirm", ["reviewer"] = "anyone",
        };

        var steps = new List<(string Step, string Html)>
        {
            ("invited to sign in", await client.GetStringAsync("/review")),
            ("sign-in form", await client.GetStringAsync("/review/signin")),
            ("judging refused", await Answer(AntiforgeryForms.Post(client, "/review", "/review?handler=Judge", judge), HttpStatusCode.Forbidden)),
            ("wrong password", await Answer(SignIn(client, "wrong horse"), HttpStatusCode.Unauthorized)),
        };
        await Answer(SignIn(client, ReviewersSite.Password), HttpStatusCode.Redirect);
        steps.Add(("signed in", await client.GetStringAsync("/review")));

        Assert.Contains(ReviewersSite.Reviewer, steps[^1].Html, StringComparison.Ordinal);
        var text = InterfaceText.Of(site.IndexPath);
        Assert.All(steps, step =>
        {
            var foreign = language == "en"
                ? text.ChineseOutsideData(step.Html, ReviewersSite.Reviewer)
                : text.EnglishOutsideData(step.Html, "anyone");
            Assert.True(foreign.Count == 0, $"{step.Step} in {language} shows {string.Join(" | ", foreign)}");
        });
    }

    private static Task<HttpResponseMessage> SignIn(HttpClient client, string password) =>
        AntiforgeryForms.Post(client, "/review/signin", "/review/signin",
            new Dictionary<string, string> { ["name"] = ReviewersSite.Reviewer, ["password"] = password });

    private static async Task<string> Answer(Task<HttpResponseMessage> sent, HttpStatusCode expected)
    {
        using var response = await sent;
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
