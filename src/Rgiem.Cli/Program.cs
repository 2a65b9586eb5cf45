using Rgiem.Cli;

return RgiemCli.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, new ConsoleTerminal());
