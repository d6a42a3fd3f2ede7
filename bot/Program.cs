using System.Text;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Catalog;
using Microsoft.Extensions.Options;

Console.OutputEncoding = Encoding.UTF8;
if (HostVerbs.IsVerb(args))
{
    return await HostVerbs.RunAsync(args);
}

try
{
    await using var app = await TthcApp.BuildAsync(args, configure: null, CancellationToken.None);
    await app.RunAsync();
    return app.Services.GetRequiredService<StartWarmUp>().Failed ? 1 : 0;
}
catch (Exception ex) when (ex is CatalogException or OptionsValidationException)
{
    // A broken catalog or a wrong setting stops the start, naming every fault.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
