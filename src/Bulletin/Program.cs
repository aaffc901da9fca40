using Bulletin.Commands;

return await BulletinCommandLine.Parse(args).InvokeAsync();
