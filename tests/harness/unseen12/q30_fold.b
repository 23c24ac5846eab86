#args: -s -w 20 /tmp/q_fold.txt
implement Fold;

include "sys.m";
	sys: Sys;
include "draw.m";

Fold: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
width := 80;
sflag := 0;
rflag := 0;

# reader process: splits the file into lines and sends them, then (0, nil)
reader(name: string, lines: chan of (int, string), errc: chan of string)
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil){
		errc <-= sys->sprint("can't open %s: %r", name);
		return;
	}
	errc <-= nil;
	buf := array[16] of byte;
	pending := array[0] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0){
		all := array[len pending + n] of byte;
		all[0:] = pending;
		all[len pending:] = buf[0:n];
		start := 0;
		for(i := 0; i < len all; i++)
			if(all[i] == byte '\n'){
				lines <-= (1, string all[start:i]);
				start = i+1;
			}
		pending = all[start:];
	}
	if(len pending > 0)
		lines <-= (1, string pending);
	lines <-= (0, nil);
}

fold(s: string): list of string
{
	out: list of string;
	while(len s > width){
		cut := width;
		if(sflag){
			# break after the last blank within the width, if any
			for(i := width; i > 0; i--)
				if(s[i-1] == ' ' || s[i-1] == '\t')
					break;
			if(i > 0)
				cut = i;
		}
		out = s[0:cut] :: out;
		s = s[cut:];
	}
	out = s :: out;
	r: list of string;
	for(; out != nil; out = tl out)
		r = hd out :: r;
	return r;
}

reverse(s: string): string
{
	n := len s;
	r := s;
	for(i := 0; i < n; i++)
		r[i] = s[n-1-i];
	return r;
}

run(name: string): (int, int)
{
	lines := chan of (int, string);
	errc := chan of string;
	spawn reader(name, lines, errc);
	if((err := <-errc) != nil){
		sys->fprint(stderr, "fold: %s\n", err);
		return (0, 0);
	}
	nin := nout := 0;
	for(;;){
		(more, s) := <-lines;
		if(!more)
			break;
		nin++;
		for(l := fold(s); l != nil; l = tl l){
			t := hd l;
			if(rflag)
				t = reverse(t);
			sys->print("|%s|\n", t);
			nout++;
		}
	}
	return (nin, nout);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	fd := sys->create("/tmp/q_fold.txt", Sys->OWRITE, 8r644);
	sys->fprint(fd, "Limbo programs run on the Dis virtual machine under Inferno.\n");
	sys->fprint(fd, "short line\n\n");
	sys->fprint(fd, "averyveryverylongwordwithnospacesatallinsideit ends\n");
	sys->fprint(fd, "Ünïcödé rünës cöünt äs önë cölümn éäch, nöt äs bytës.\n");
	sys->fprint(fd, "no newline at the end of this one");
	fd = nil;

	argv = tl argv;
	while(argv != nil && (hd argv)[0] == '-'){
		case hd argv {
		"-s" =>	sflag = 1;
		"-r" =>	rflag = 1;
		"-w" =>
			argv = tl argv;
			if(argv == nil || (width = int hd argv) <= 0){
				sys->fprint(stderr, "fold: bad width\n");
				raise "fail:usage";
			}
		* =>
			sys->fprint(stderr, "usage: fold [-s] [-r] [-w width] file...\n");
			raise "fail:usage";
		}
		argv = tl argv;
	}
	for(; argv != nil; argv = tl argv){
		(nin, nout) := run(hd argv);
		sys->print("%s: %d lines in, %d out\n", hd argv, nin, nout);
	}
	(sflag, rflag, width) = (0, 1, 12);
	run("/tmp/q_fold.txt");
	run("/tmp/q_fold_missing.txt");
}
