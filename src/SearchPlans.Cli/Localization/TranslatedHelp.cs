using System.CommandLine;
using System.CommandLine.Help;
using System.Text;

namespace SearchPlans.Cli.Localization;

/// <summary>
/// `--help` in the chosen language. Each description is written once, in English, beside the option it describes and
/// is the key of its translation in Text*.resx, like every other word the command line prints.
/// </summary>
internal static class TranslatedHelp
{
    // System.CommandLine keeps its help builder to itself and reads each symbol's Description as it writes, so the
    // descriptions are swapped for the moment help is written. The options are shared by every command tree in the
    // process (tests run several at once, in both languages): the lock keeps one language's swap from showing in another's help.
    private static readonly Lock Gate = new();

    /// <summary>The headings System.CommandLine prints itself and its own Chinese leaves in English.</summary>
    private static readonly string[] LibraryWords = ["Description:", "[default: ", "[options]", "[command]"];

    /// <summary>The one such word in the first column, which System.CommandLine measured when it lined up the columns.</summary>
    private const string Required = "(REQUIRED)";

    public static int Write(ParseResult parse, InvocationConfiguration configuration)
    {
        var help = new StringWriter();
        int exitCode;
        lock (Gate)
        {
            var english = Symbols(parse.RootCommandResult.Command)
                .Where(s => s.Description is not null)
                .ToDictionary(s => s, s => s.Description!);
            foreach (var (symbol, description) in english)
                symbol.Description = Text.Get(description);
            try
            {
                exitCode = parse.Invoke(new InvocationConfiguration { Output = help, Error = configuration.Error });
            }
            finally
            {
                foreach (var (symbol, description) in english)
                    symbol.Description = description;
            }
        }

        var text = new StringBuilder(help.ToString());
        foreach (var word in LibraryWords)
            text.Replace(word, Text.Get(word));
        text.Replace(Required, Padded(Text.Get(Required), Required.Length));
        configuration.Output.Write(text);
        return exitCode;
    }

    /// <summary>A label as wide on a terminal as the English it replaces: a Chinese character takes two columns.</summary>
    private static string Padded(string label, int englishWidth)
    {
        var width = label.EnumerateRunes().Sum(r => r.Value >= 0x2E80 ? 2 : 1);
        return width < englishWidth ? label + new string(' ', englishWidth - width) : label;
    }

    /// <summary>Every description of the tree in English, read when no help is being written in another language.</summary>
    public static IReadOnlyList<string> EnglishDescriptions(Command root)
    {
        lock (Gate)
            return [.. Symbols(root).Select(s => s.Description).OfType<string>().Distinct()];
    }

    /// <summary>Whether the command line asks for help rather than for a command.</summary>
    public static bool IsAsked(ParseResult parse) => parse.Action is HelpAction;

    /// <summary>Every command, argument and option of the tree, each once (options such as --index are shared).</summary>
    public static IEnumerable<Symbol> Symbols(Command root)
    {
        var seen = new HashSet<Symbol>();
        var pending = new Stack<Command>([root]);
        while (pending.TryPop(out var command))
        {
            foreach (var symbol in ((IEnumerable<Symbol>)[command]).Concat(command.Arguments).Concat(command.Options).Where(seen.Add))
                yield return symbol;
            foreach (var child in command.Subcommands)
                pending.Push(child);
        }
    }
}
