implement PipeThreads;

include "sys.m";
	sys: Sys;
include "draw.m";

PipeThreads: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

writer(fd: ref Sys->FD, n: int, done: chan of int)
{
	written := 0;
	for(i := 1; i <= n; i++){
		line := sys->sprint("record %d: %s\n", i, stars(i));
		b := array of byte line;
		written += sys->write(fd, b, len b);
	}
	fd = nil;
	done <-= written;
}

stars(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s += "*";
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->print("pipe: %r\n");
		return;
	}
	done := chan of int;
	spawn writer(p[1], 6, done);
	p[1] = nil;
	data := array[0] of byte;
	buf := array[7] of byte;	# deliberately small reads
	reads := 0;
	for(;;){
		n := sys->read(p[0], buf, len buf);
		if(n <= 0)
			break;
		reads++;
		nd := array[len data + n] of byte;
		nd[0:] = data;
		nd[len data:] = buf[0:n];
		data = nd;
	}
	w := <-done;
	sys->print("writer wrote %d bytes, reader got %d bytes\n", w, len data);
	sys->print("reads were needed: %d\n", reads > 1);
	text := string data;
	line := "";
	nlines := 0;
	for(i := 0; i < len text; i++){
		if(text[i] == '\n'){
			nlines++;
			sys->print("[%d] %s (%d chars)\n", nlines, line, len line);
			line = "";
		}else
			line[len line] = text[i];
	}
	sys->print("lines %d\n", nlines);
}
