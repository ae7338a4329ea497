using Homeward.Cli;

return await HomewardApp.RunAsync(args);
