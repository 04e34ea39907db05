using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SearchPlans.Web.Localization;

/// <summary>
/// Which language a page is shown in: Chinese (zh-CN) unless the visitor asks for English, by the switch in the page
/// header (kept in a cookie), by <c>?lang=en</c>, or by the browser's Accept-Language.
/// </summary>
public static class InterfaceLanguage
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// <summary>The query parameter that picks a language for one request.</summary>
    public const string Parameter = "lang";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new(Chinese), new(English)];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    public static IServiceCollection AddInterfaceLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        return services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Chinese);
            options.SupportedCultures = [.. Supported];
            options.SupportedUICultures = [.. Supported];
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = Parameter, UIQueryStringKey = Parameter },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    /// <summary>/language?lang=en&amp;return=/plans: keeps the choice in a cookie and goes back to the page it was made on.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language", (HttpContext context, string? lang, string? @return) =>
        {
            var culture = Supported.FirstOrDefault(c => c.Name.Equals(lang, StringComparison.OrdinalIgnoreCase)) ?? Supported[0];
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true, HttpOnly = true });
            // Only a path of this site: an absolute or protocol-relative address would make the switch an open redirect.
            var back = @return is { Length: > 0 } r && r[0] == '/' && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal) ? r : "/";
            return Results.LocalRedirect(back);
        });

    /// <summary>The address of the switch to the other language, coming back to this page.</summary>
    public static string SwitchFrom(HttpRequest request)
    {
        var other = IsEnglish ? Chinese : English;
        // The page's own ?lang= would outrank the cookie the switch sets, so the way back leaves it out.
        var query = QueryString.Create(request.Query.Where(p => !p.Key.Equals(Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
        var here = request.PathBase + request.Path + query;
        return $"/language?lang={other}&return={Uri.EscapeDataString(here.ToString())}";
    }
}
