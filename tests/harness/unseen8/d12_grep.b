#args: -n -i the limbo
implement Grep;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

Grep: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

FILES := array[] of {"/tmp/d12_grep_a", "/tmp/d12_grep_b"};

contents := array[] of {
	"The cat sits\nthe dog runs\nA bird flies\nthere are limbos\nTHE END IS NEAR\nthe sums\n",
	"Limbo has channels\nno match here\nThe modules loads\n\nthe last lines",
};

nflag, iflag, vflag, cflag, lflag: int;

# Kernighan & Pike style matcher: c . ^ $ *
match(re, text: string): int
{
	if(re != nil && re[0] == '^')
		return matchhere(re[1:], text);
	for(i := 0; ; i++){
		if(matchhere(re, text[i:]))
			return 1;
		if(i >= len text)
			return 0;
	}
}

matchhere(re, text: string): int
{
	if(re == nil)
		return 1;
	if(len re >= 2 && re[1] == '*')
		return matchstar(re[0], re[2:], text);
	if(re == "$")
		return text == nil;
	if(text != nil && (re[0] == '.' || re[0] == text[0]))
		return matchhere(re[1:], text[1:]);
	return 0;
}

matchstar(c: int, re, text: string): int
{
	i := 0;
	for(;;){
		if(matchhere(re, text[i:]))
			return 1;
		if(i >= len text || (text[i] != c && c != '.'))
			return 0;
		i++;
	}
}

grep(pat: string, file: string, multi: int): int
{
	iob := bufio->open(file, Bufio->OREAD);
	if(iob == nil){
		sys->print("grep: %s: cannot open\n", file);
		return 0;
	}
	count := 0;
	lineno := 0;
	while((line := iob.gets('\n')) != nil){
		lineno++;
		if(line[len line-1] == '\n')
			line = line[0:len line-1];
		subject := line;
		if(iflag)
			subject = str->tolower(line);
		m := match(pat, subject);
		if(vflag)
			m = !m;
		if(!m)
			continue;
		count++;
		if(cflag || lflag)
			continue;
		prefix := "";
		if(multi)
			prefix = file + ":";
		if(nflag)
			prefix += string lineno + ":";
		sys->print("%s%s\n", prefix, line);
	}
	if(cflag)
		sys->print("%s: %d\n", file, count);
	else if(lflag && count > 0)
		sys->print("%s\n", file);
	return count;
}

run(argv: list of string)
{
	nflag = iflag = vflag = cflag = lflag = 0;
	arg := load Arg Arg->PATH;
	arg->init(argv);
	while((c := arg->opt()) != 0)
		case c {
		'n' => nflag = 1;
		'i' => iflag = 1;
		'v' => vflag = 1;
		'c' => cflag = 1;
		'l' => lflag = 1;
		* => sys->print("grep: unknown flag -%c\n", c); return;
		}
	argv = arg->argv();
	if(argv == nil){
		sys->print("usage: grep [-nivcl] pattern\n");
		return;
	}
	pat := hd argv;
	if(iflag)
		pat = str->tolower(pat);
	sys->print("== pattern %q, ignored operands [%s]\n", hd argv, str->quoted(tl argv));
	total := 0;
	for(i := 0; i < len FILES; i++)
		total += grep(pat, FILES[i], 1);
	sys->print("== %d matching lines\n", total);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	for(i := 0; i < len FILES; i++){
		fd := sys->create(FILES[i], Sys->OWRITE, 8r644);
		sys->fprint(fd, "%s", contents[i]);
	}
	run(args);
	run("grep" :: "-c" :: "-v" :: "e" :: nil);
	run("grep" :: "-l" :: "bird" :: nil);
	run("grep" :: "^$" :: nil);
	run("grep" :: "-x" :: "y" :: nil);
	run("grep" :: "-n" :: nil);
	for(i = 0; i < len FILES; i++)
		sys->remove(FILES[i]);
}
