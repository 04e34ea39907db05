using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SearchPlans.Web.Security;

/// <summary>
/// Small bounds on what a request may carry: the app takes queries and short review notes, never uploads, so a
/// large body or query string is refused by the server before any page code runs.
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 64 * 1024;
    /// <summary>
    /// Long enough for any query a person pastes to reach the search page, which refuses a long one with a message:
    /// percent-encoded, a Chinese character takes 9 bytes, so a refused 2,400-character query is 22 KB. Past this,
    /// Kestrel answers 414 before the app sees the request.
    /// </summary>
    public const int MaxRequestLineBytes = 64 * 1024;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        services.Configure<FormOptions>(form =>
        {
            form.ValueLengthLimit = (int)MaxBodyBytes;
            form.MultipartBodyLengthLimit = MaxBodyBytes;
            form.ValueCountLimit = 64;
        });
        return services;
    }
}
