using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SearchPlans.Review;

/// <summary>
/// Who may judge links in the web app: a reviewers file of one line per reviewer, the name, a tab, and the password
/// hashed with PBKDF2-SHA256 and a random salt (<c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c>, base64). The file never
/// holds a password, so it can be read by the server without being a secret itself.
/// </summary>
public sealed class ReviewerAccounts
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 210_000;
    private readonly Dictionary<string, string> hashes;

    private ReviewerAccounts(Dictionary<string, string> hashes) => this.hashes = hashes;

    /// <summary>How many reviewers the file names.</summary>
    public int Count => hashes.Count;

    /// <exception cref="FormatException">A line is not a name, a tab and a hash.</exception>
    public static ReviewerAccounts Load(string path)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Length == 0 || !parts[1].StartsWith(Scheme + "$", StringComparison.Ordinal))
                throw new FormatException($"line {number} of {path} is not a reviewer's name, a tab and a hash as `searchplans review add-reviewer` writes them");
            hashes[parts[0]] = parts[1];
        }
        return new ReviewerAccounts(hashes);
    }

    /// <summary>The line a reviewers file holds for one reviewer.</summary>
    public static string LineFor(string name, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{name}\t{Scheme}${Iterations.ToString(CultureInfo.InvariantCulture)}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    /// <summary>Whether the name is a reviewer's and the password is theirs; compared in constant time.</summary>
    public bool Verify(string name, string password)
    {
        if (!hashes.TryGetValue(name, out var stored))
            return false;
        var parts = stored.Split('$');
        if (parts.Length != 4 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations is < 1 or > 10_000_000)
            return false;
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
