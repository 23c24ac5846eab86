implement P31;
include "sys.m";
	sys: Sys;
include "draw.m";
P31: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

writer(fd: ref Sys->FD, done: chan of int)
{
	for(i := 0; i < 5; i++){
		b := array of byte sys->sprint("msg%d;", i);
		sys->write(fd, b, len b);
	}
	fd = nil;
	done <-= 1;
}

upper(in, out: ref Sys->FD)
{
	buf := array[64] of byte;
	while((n := sys->read(in, buf, len buf)) > 0){
		for(i := 0; i < n; i++)
			if(buf[i] >= byte 'a' && buf[i] <= byte 'z')
				buf[i] -= byte ('a' - 'A');
		sys->write(out, buf, n);
	}
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
	spawn writer(p[1], done);
	<-done;
	p[1] = nil;
	buf := array[100] of byte;
	all := "";
	while((n := sys->read(p[0], buf, len buf)) > 0)
		all += string buf[0:n];
	sys->print("got %q\n", all);
	# bidirectional: both ends are read/write
	q := array[2] of ref Sys->FD;
	sys->pipe(q);
	sys->write(q[0], array of byte "ping", 4);
	n = sys->read(q[1], buf, len buf);
	sys->print("q1 read %q\n", string buf[0:n]);
	sys->write(q[1], array of byte "pong", 4);
	n = sys->read(q[0], buf, len buf);
	sys->print("q0 read %q\n", string buf[0:n]);
	# filter thread between two pipes
	a := array[2] of ref Sys->FD;
	b := array[2] of ref Sys->FD;
	sys->pipe(a);
	sys->pipe(b);
	spawn upper(a[1], b[0]);
	sys->write(a[0], array of byte "hello pipes", 11);
	n = sys->read(b[1], buf, len buf);
	sys->print("upper %q\n", string buf[0:n]);
	a[0] = nil;
	sys->print("done\n");
}
