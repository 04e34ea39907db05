using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SearchPlans.Review;

namespace SearchPlans.Web.Review;

/// <summary>Checks a reviewer's name and password against the reviewers file and signs them in with a cookie.</summary>
public sealed class ReviewerSignIn(WebAppOptions options)
{
    private readonly Lazy<ReviewerAccounts?> accounts = new(() => options.ReviewersFile is { } file ? ReviewerAccounts.Load(file) : null);

    /// <summary>Whether anyone can sign in here: a reviewers file is configured.</summary>
    public bool Available => options.ReviewersFile is not null;

    /// <returns>Null once signed in; otherwise why not, in words.</returns>
    public async Task<string?> SignIn(HttpContext context, string? name, string? password)
    {
        if (accounts.Value is not { } reviewers)
            return Localization.Text.Get("This server has no reviewers file; start it with `searchplans serve --reviewers FILE`.");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password) || !reviewers.Verify(name.Trim(), password))
            return Localization.Text.Get("That name and password do not match a reviewer.");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name.Trim())], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return null;
    }

    public Task SignOut(HttpContext context) => context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);

    /// <summary>The reviewer a request judges as: the signed-in one, or null.</summary>
    public static string? ReviewerOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
}

/// <summary>
/// Takes the reviewer a trusted reverse proxy names in the configured header (<see cref="WebAppOptions.ReviewerHeader"/>)
/// as the request's user; without that option the header means nothing.
/// </summary>
public sealed class ProxyReviewer(RequestDelegate next, WebAppOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (options.ReviewerHeader is { } header && context.Request.Headers[header].ToString() is { Length: > 0 } name)
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name.Trim())], "proxy"));
        return next(context);
    }
}
