using System.CommandLine;
using Bulletin.Review;

namespace Bulletin.Commands;

/// <summary><c>hash-password</c>: prints a PBKDF2 hash for an editor account in Bulletin:Review:Editors.</summary>
internal static class HashPasswordCommand
{
    public static Command Create()
    {
        var command = new Command("hash-password", "Print a password hash for Bulletin:Review:Editors (reads the password from standard input).");
        command.SetAction(async (_, ct) =>
        {
            // From standard input, so the password stays out of shell history and the process list.
            var password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                await Console.Error.WriteLineAsync("hash-password: give the password on standard input, e.g. `read -rs P; echo \"$P\" | Bulletin hash-password`");
                return ExitCodes.BadArguments;
            }

            Console.WriteLine(EditorAccounts.Hash(password));
            return ExitCodes.Ok;
        });
        return command;
    }
}
