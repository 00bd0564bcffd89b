using Render.Export;
using Render.Imaging.Codecs.Loading;

namespace Render.Cli.Commands;

/// <summary>
/// The action of a command that talks to render-ws: the connection options are added to the
/// command, a client is opened on the resolved connection, and an expected failure (bad input, an
/// unreadable file or image, an error answer, no service) is printed as <c>render {name}: {message}</c> to
/// the error writer with exit code 1 instead of a stack trace.
/// </summary>
internal static class ClientCommandAction
{
    /// <summary>The work of the command, given a client and the connection it was opened on.</summary>
    public delegate Task Work(RenderClient client, RenderConnection connection, ParseResult parse, CancellationToken cancellationToken);

    /// <summary>Adds the connection options to <paramref name="command"/> and makes <paramref name="work"/> its action.</summary>
    /// <param name="command">The command.</param>
    /// <param name="name">How failures name the command, such as <c>stack clone</c>.</param>
    /// <param name="error">Where failures are printed.</param>
    /// <param name="work">What the command does.</param>
    public static void Set(Command command, string name, TextWriter error, Work work)
    {
        var connection = new ConnectionOptions();
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var resolved = connection.Resolve(parse);
                using var client = new RenderClient(resolved);
                await work(client, resolved, parse, cancellationToken).ConfigureAwait(false);
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or RenderException or HttpRequestException or IOException or ImageAccessException or ExportException)
            {
                await error.WriteLineAsync($"render {name}: {e.Message}").ConfigureAwait(false);
                return 1;
            }
        });
    }
}
