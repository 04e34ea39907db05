using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SearchPlans.Pipeline;
using SearchPlans.Review;
using SearchPlans.Web;

namespace SearchPlans.Tests.Web.Pages;

/// <summary>
/// A server reachable from other machines, with a reviewers file: anonymous visitors cannot judge, a reviewer signs
/// in with their password, and each judgement records who signed in, whatever the form says.
/// </summary>
public sealed class ReviewerSignInTests : IDisposable
{
    private const string Link = "jiangmen-zftzgcjsglzx-2022-4";
    private readonly TempFolder folder = new();
    private readonly Site site;

    public ReviewerSignInTests()
    {
        new IndexPipeline().Build(IndexedSite.SeedsPath, folder.Combine("index"));
        File.WriteAllLines(folder.Combine("reviewers.tsv"), [ReviewerAccounts.LineFor("李明", "correct horse")]);
        site = new Site(new WebAppOptions(folder.Combine("index")) { ReviewersFile = folder.Combine("reviewers.tsv"), LoopbackOnly = false });
    }

    public void Dispose()
    {
        site.Dispose();
        folder.Dispose();
    }

    private static Dictionary<string, string> Confirm(string reviewer) => new()
    {
        ["source"] = Link, ["target"] = "heyuan-2022-13", ["verdict"] = "confirm", ["reviewer"] = reviewer,
    };

    private HttpClient Client() => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static Task<HttpResponseMessage> SignIn(HttpClient client, string password) =>
        AntiforgeryForms.Post(client, "/review/signin", "/review/signin", new Dictionary<string, string> { ["name"] = "李明", ["password"] = password });

    private IReadOnlyList<LinkJudgement> Judgements() => ReviewStore.ForIndex(folder.Combine("index")).History();

    [Fact]
    public async Task Judge_Anonymously_IsRefusedAndRecordsNothing()
    {
        using var response = await AntiforgeryForms.Post(Client(), "/review", "/review?handler=Judge", Confirm("anyone"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Sign in as a reviewer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Judgements());
    }

    [Fact]
    public async Task Judge_SignedIn_RecordsTheSignedInReviewerNotTheFormsName()
    {
        var client = Client();
        using var signedIn = await SignIn(client, "correct horse");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var response = await AntiforgeryForms.Post(client, "/review", "/review?handler=Judge", Confirm("someone else"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("李明", Assert.Single(Judgements()).Reviewer);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_IsRefused()
    {
        using var response = await SignIn(Client(), "wrong horse");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("do not match a reviewer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class Site(WebAppOptions options) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureServices(services => services.AddSingleton(options));

        protected override void ConfigureClient(HttpClient client)
        {
            base.ConfigureClient(client);
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        }
    }
}
