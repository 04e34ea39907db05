using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.FileProviders;
using SearchPlans.Review;
using SearchPlans.Web.Api;
using SearchPlans.Web.Compare;
using SearchPlans.Web.Hosting;
using SearchPlans.Web.Localization;
using SearchPlans.Web.Matrix;
using SearchPlans.Web.Plans;
using SearchPlans.Web.Reading;
using SearchPlans.Web.Requirements;
using SearchPlans.Web.Review;
using SearchPlans.Web.Search;
using SearchPlans.Web.Security;
using SearchPlans.Web.Units;
using SearchPlans.Web.Variants;

namespace SearchPlans.Web;

/// <summary>Builds the Razor Pages app over one index; used by `searchplans serve` and by the tests.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args, WebAppOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Pages are discovered in this assembly even when the host process is the `searchplans` CLI.
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        // A line per request on the console costs more than answering it; warnings and errors are still logged.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        Configure(builder.Services, options);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    public static void Configure(IServiceCollection services, WebAppOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(new SnapshotPreparation(
        [
            s => ReviewDesk.OrderOf(s),
            s => new UnitPages(s).List(),
            s => MatrixPages.OpeningOf(s),
        ]));
        services.AddSingleton<CorpusSession>();
        services.AddSingleton<GenerationWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<GenerationWatcher>());
        // A request holds one snapshot from start to end; the lease gives it back when the request's scope ends.
        services.AddScoped<SnapshotLease>();
        services.AddScoped(provider => provider.GetRequiredService<SnapshotLease>().Snapshot);
        // Judgements live beside the index folder, so a re-index (which swaps the folder) keeps them.
        services.AddSingleton(provider => ReviewStore.ForIndex(provider.GetRequiredService<WebAppOptions>().IndexDirectory));
        services.AddSingleton<ComparisonCache>();
        services.AddScoped<UnitPages>();
        services.AddScoped<MatrixPages>();
        services.AddScoped<ReviewDesk>();
        services.AddHttpContextAccessor();
        services.AddScoped<SearchCancellation>();
        services.AddScoped<SearchPageBuilder>();
        services.AddScoped<PlanPages>();
        services.AddScoped<RequirementPages>();
        services.AddScoped<ComparePages>();
        services.AddScoped<VariantPages>();
        services.AddHostedService<PageWarmup>();
        // The default encoder escapes every CJK character as &#x…; which bloats pages and breaks in-page search.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = "/review/signin";
            cookie.Cookie.Name = "searchplans-reviewer";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
        });
        services.AddSingleton<ReviewerSignIn>();
        services.AddInterfaceLanguages();
        services.AddRazorPages();
        services.AddRequestLimits();
    }

    public static void Configure(WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebApp).Assembly, "SearchPlans.Web.Assets"),
            RequestPath = "/assets",
        });
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<ProxyReviewer>();
        app.MapRazorPages();
        SearchExport.Map(app);
        JudgingSheet.Map(app);
        ApiEndpoints.Map(app);
        app.MapLanguageSwitch();
    }
}
