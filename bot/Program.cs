using System.Text;
using InternalTthc.Bot.Channels.BotFramework;
using InternalTthc.Bot.Channels.BotFramework.Hosting;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Catalog;

Console.OutputEncoding = Encoding.UTF8;
if (HostVerbs.IsVerb(args))
{
    return await HostVerbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
try
{
    await builder.AddTthcCoreAsync(CancellationToken.None);
}
catch (CatalogException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddTransient<IBot, EchoBot>();

var app = builder.Build();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<StoreInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}

app.MapGet("/healthz", () => Results.Ok("ok"));
app.MapBotFramework();
await app.RunAsync();
return 0;
