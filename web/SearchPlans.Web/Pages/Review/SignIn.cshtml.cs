using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPlans.Web.Review;

namespace SearchPlans.Web.Pages.Review;

/// <summary>Sign in as a reviewer (name and password from the reviewers file), or sign out.</summary>
public sealed class SignInModel(ReviewerSignIn signIn) : PageModel
{
    public string? Problem { get; private set; }

    public bool Available => signIn.Available;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? name, string? password)
    {
        Problem = await signIn.SignIn(HttpContext, name, password);
        if (Problem is null)
            return LocalRedirect("/review");
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await signIn.SignOut(HttpContext);
        return LocalRedirect("/review");
    }
}
