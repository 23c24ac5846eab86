implement ChanOfChan;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanOfChan: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

# a session: the client sends strings on 'in' and reads answers from 'out';
# nil on 'in' ends the session and the handler reports its line count.
Session: adt {
	id:	int;
	in:	chan of string;
	out:	chan of string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# the listener hands out a fresh session for every request it gets
	dial := chan of chan of ref Session;
	stats := chan of (int, int);
	spawn listener(dial, stats, 3);

	results := chan of (int, string);
	scripts := array[] of {
		"ping" :: "echo one" :: "rev stressed" :: nil,
		"echo two" :: "len abcdefg" :: nil,
		"rev drawer" :: "ping" :: "len x" :: "echo last" :: nil,
	};
	for(i := 0; i < len scripts; i++)
		spawn client(i, dial, scripts[i], results);

	transcripts := array[len scripts] of string;
	for(i = 0; i < len scripts; i++){
		(who, t) := <-results;
		transcripts[who] = t;
	}
	for(i = 0; i < len scripts; i++)
		sys->print("client %d:%s\n", i, transcripts[i]);

	lines := array[len scripts] of int;
	for(i = 0; i < len scripts; i++){
		(sid, n) := <-stats;
		lines[sid] = n;
	}
	total := 0;
	for(i = 0; i < len lines; i++)
		total += lines[i];
	sys->print("sessions handled %d lines in all\n", total);
}

client(me: int, dial: chan of chan of ref Session, script: list of string, results: chan of (int, string))
{
	reply := chan of ref Session;
	dial <-= reply;
	s := <-reply;
	t := "";
	for(; script != nil; script = tl script){
		s.in <-= hd script;
		t += " [" + <-s.out + "]";
	}
	s.in <-= nil;
	results <-= (me, t);
}

listener(dial: chan of chan of ref Session, stats: chan of (int, int), n: int)
{
	for(id := 0; id < n; id++){
		r := <-dial;
		s := ref Session(id, chan of string, chan of string);
		spawn handler(s, stats);
		r <-= s;
	}
}

handler(s: ref Session, stats: chan of (int, int))
{
	n := 0;
	while((line := <-s.in) != nil){
		n++;
		(cmd, arg) := split(line);
		case cmd {
		"ping" =>
			s.out <-= "pong";
		"echo" =>
			s.out <-= arg;
		"rev" =>
			r := "";
			for(i := len arg - 1; i >= 0; i--)
				r[len r] = arg[i];
			s.out <-= r;
		"len" =>
			s.out <-= string len arg;
		* =>
			s.out <-= "?" + cmd;
		}
	}
	stats <-= (s.id, n);
}

split(line: string): (string, string)
{
	for(i := 0; i < len line; i++)
		if(line[i] == ' ')
			return (line[0:i], line[i+1:]);
	return (line, "");
}
