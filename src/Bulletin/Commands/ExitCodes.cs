namespace Bulletin.Commands;

/// <summary>Exit codes of the commands, stable for scripts.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadArguments = 2;
    public const int BadConfiguration = 3;
}
