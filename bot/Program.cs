using System.Text;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Catalog;

Console.OutputEncoding = Encoding.UTF8;
if (HostVerbs.IsVerb(args))
{
    return await HostVerbs.RunAsync(args);
}

try
{
    await using var app = await TthcApp.BuildAsync(args, configure: null, CancellationToken.None);
    await app.RunAsync();
    return 0;
}
catch (CatalogException ex)
{
    // A broken catalog stops the start, naming every fault.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
