#args: -d ,: /tmp/q_paste.names /tmp/q_paste.ages /tmp/q_paste.towns
implement Paste;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Paste: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
delims := "\t";

mk(name: string, lines: array of string)
{
	b := bufio->create(name, Bufio->OWRITE, 8r644);
	for(i := 0; i < len lines; i++)
		b.puts(lines[i] + "\n");
	b.close();
}

next(b: ref Iobuf): (string, int)
{
	if(b == nil)
		return (nil, 0);
	s := b.gets('\n');
	if(s == nil)
		return (nil, 0);
	if(s[len s-1] == '\n')
		s = s[:len s-1];
	return (s, 1);
}

# "\n" "\t" "\\" and "\0" (empty) escapes in the delimiter list
unescape(d: string): string
{
	r := "";
	for(i := 0; i < len d; i++){
		c := d[i];
		if(c == '\\' && i+1 < len d){
			i++;
			case d[i] {
			'n' =>	c = '\n';
			't' =>	c = '\t';
			'0' =>	c = 0;
			* =>	c = d[i];
			}
		}
		r[len r] = c;
	}
	return r;
}

delim(k: int): string
{
	c := delims[k % len delims];
	if(c == 0)
		return "";
	s := "";
	s[0] = c;
	return s;
}

parallel(files: array of ref Iobuf)
{
	for(;;){
		line := "";
		any := 0;
		for(i := 0; i < len files; i++){
			(s, ok) := next(files[i]);
			if(ok)
				any = 1;
			else
				files[i] = nil;
			if(i > 0)
				line += delim(i-1);
			line += s;
		}
		if(!any)
			break;
		sys->print("%s\n", line);
	}
}

serial(files: array of ref Iobuf)
{
	for(i := 0; i < len files; i++){
		line := "";
		for(k := 0; ; k++){
			(s, ok) := next(files[i]);
			if(!ok)
				break;
			if(k > 0)
				line += delim(k-1);
			line += s;
		}
		sys->print("%s\n", line);
	}
}

openall(names: list of string): array of ref Iobuf
{
	a := array[len names] of ref Iobuf;
	for(i := 0; names != nil; names = tl names){
		a[i] = bufio->open(hd names, Bufio->OREAD);
		if(a[i] == nil)
			sys->fprint(stderr, "paste: can't open %s: %r\n", hd names);
		i++;
	}
	return a;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	stderr = sys->fildes(2);

	mk("/tmp/q_paste.names", array[] of {"ada", "brian", "claude", "dennis", "edsger"});
	mk("/tmp/q_paste.ages", array[] of {"36", "81", "84"});
	mk("/tmp/q_paste.towns", array[] of {"London", "Toronto", "Petoskey", "Bronxville", "Rotterdam", "Nuenen"});

	sflag := 0;
	argv = tl argv;
	while(argv != nil && (hd argv)[0] == '-' && len hd argv > 1){
		case hd argv {
		"-s" =>	sflag = 1;
		"-d" =>
			argv = tl argv;
			if(argv == nil || hd argv == nil){
				sys->fprint(stderr, "paste: -d needs a list\n");
				raise "fail:usage";
			}
			delims = unescape(hd argv);
		* =>
			sys->fprint(stderr, "usage: paste [-s] [-d list] file ...\n");
			raise "fail:usage";
		}
		argv = tl argv;
	}
	names := argv;
	if(sflag)
		serial(openall(names));
	else
		parallel(openall(names));
	sys->print("--- serial, tab:\n");
	delims = "\t";
	serial(openall(names));
	sys->print("--- pairs of names, space then newline:\n");
	delims = unescape(" \\n");
	serial(openall("/tmp/q_paste.names" :: nil));
	sys->print("--- with a missing file:\n");
	delims = unescape("\\0-");
	parallel(openall("/tmp/q_paste.ages" :: "/tmp/q_paste.gone" :: "/tmp/q_paste.ages" :: nil));
}
