implement PipeServer;

include "sys.m";
	sys: Sys;
include "draw.m";

PipeServer: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# a tiny stack-machine service reached through one end of a pipe.
# each request is one write; each reply is one write.

server(fd: ref Sys->FD, done: chan of int)
{
	stack := array[16] of int;
	sp := 0;
	served := 0;
	buf := array[Sys->ATOMICIO] of byte;
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		(nil, words) := sys->tokenize(string buf[0:n], " \n");
		if(words == nil)
			continue;
		served++;
		reply := "";
		{
			case hd words {
			"push" =>
				for(words = tl words; words != nil; words = tl words)
					stack[sp++] = int hd words;
				reply = sys->sprint("ok depth %d", sp);
			"add" or "sub" or "mul" or "div" =>
				if(sp < 2)
					raise "stack underflow";
				b := stack[--sp];
				a := stack[--sp];
				case hd words {
				"add" => a += b;
				"sub" => a -= b;
				"mul" => a *= b;
				"div" =>
					if(b == 0)
						raise "division by zero";
					a /= b;
				}
				stack[sp++] = a;
				reply = sys->sprint("ok %d", a);
			"peek" =>
				if(sp == 0)
					raise "empty";
				reply = sys->sprint("ok %d", stack[sp-1]);
			"clear" =>
				sp = 0;
				reply = "ok";
			"bye" =>
				sys->fprint(fd, "bye after %d requests", served);
				done <-= served;
				return;
			* =>
				reply = "error unknown command " + hd words;
			}
		}exception e{
		"array bounds*" =>
			reply = "error stack overflow";
			sp = len stack;
		"*" =>
			reply = "error " + e;
		}
		if(sys->fprint(fd, "%s", reply) < 0)
			break;
	}
	done <-= -1;
}

rpc(fd: ref Sys->FD, req: string): string
{
	if(sys->fprint(fd, "%s\n", req) < 0)
		return sys->sprint("write failed: %r");
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return "server hung up";
	return string buf[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->fprint(sys->fildes(2), "pipe: %r\n");
		raise "fail:pipe";
	}
	done := chan of int;
	spawn server(p[1], done);
	fd := p[0];
	p = nil;

	script := array[] of {
		"push 6 7", "mul", "peek", "push 100", "sub",
		"push 0", "div", "clear", "add", "frob 1 2",
		"push 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17",
		"clear", "push 1000 7", "div", "bye",
	};
	for(i := 0; i < len script; i++)
		sys->print("%-22s -> %s\n", script[i], rpc(fd, script[i]));
	sys->print("server finished, count %d\n", <-done);
}
