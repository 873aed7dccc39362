package io.usiem.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.parser.cloudtrail.internal.CloudTrailParser;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CloudTrail parser on real OTRF records (an IAM user's EC2 read, an S3 GetObject by an assumed role, a
 * service's AssumeRole) and a documented IAM CreateUser, against a bare Jackson token walk of the same JSON.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CloudTrailParserBenchmark {
    static final String[] MIX = {
        "{\"requestParameters\":{\"filterSet\":{},\"instancesSet\":{\"items\":[{\"instanceId\":\"i-044b1baf4c96e1b62\"}]}},\"userAgent\":\"console.ec2.amazonaws.com\",\"awsRegion\":\"us-east-1\",\"eventType\":\"AwsApiCall\",\"@version\":\"1\",\"userIdentity\":{\"arn\":\"arn:aws:iam::123456789123:user/pedro\",\"type\":\"IAMUser\",\"userName\":\"pedro\",\"sessionContext\":{\"webIdFederationData\":{},\"sessionIssuer\":{},\"attributes\":{\"mfaAuthenticated\":\"true\",\"creationDate\":\"2020-09-13T17:16:47Z\"}},\"accountId\":\"123456789123\",\"principalId\":\"AIDAICAK2CN5MGHIIDIHA\",\"accessKeyId\":\"ASIA5FLZVX4OI4ZDQJOL\"},\"recipientAccountId\":\"123456789123\",\"responseElements\":null,\"eventName\":\"DescribeInstances\",\"sourceIPAddress\":\"1.2.3.4\",\"eventSource\":\"ec2.amazonaws.com\",\"requestID\":\"2b757038-7f45-4e5b-b38d-b83a3acb7eab\",\"@timestamp\":\"2020-09-14T00:44:24.000Z\",\"eventID\":\"a3d34faf-076e-44ff-b2f7-605d76705a81\",\"eventVersion\":\"1.05\"}",
        "{\"requestParameters\":{\"bucketName\":\"mordors3stack-s3bucket-llp2yingx64a\",\"Host\":\"mordors3stack-s3bucket-llp2yingx64a.s3.amazonaws.com\",\"key\":\"ring.txt\"},\"userAgent\":\"[aws-cli/1.18.136 Python/3.6.0 Windows/10 botocore/1.17.59]\",\"awsRegion\":\"us-east-1\",\"eventType\":\"AwsApiCall\",\"@version\":\"1\",\"userIdentity\":{\"arn\":\"arn:aws:sts::123456789123:assumed-role/MordorNginxStack-BankingWAFRole-9S3E0UAE1MM0/i-0317f6c6b66ae9c40\",\"type\":\"AssumedRole\",\"sessionContext\":{\"sessionIssuer\":{\"arn\":\"arn:aws:iam::123456789123:role/MordorNginxStack-BankingWAFRole-9S3E0UAE1MM0\",\"type\":\"Role\",\"userName\":\"MordorNginxStack-BankingWAFRole-9S3E0UAE1MM0\",\"accountId\":\"123456789123\",\"principalId\":\"AROA5FLZVX4OPVJFLL4BO\"},\"attributes\":{\"mfaAuthenticated\":\"false\",\"creationDate\":\"2020-09-14T00:48:30Z\"}},\"accountId\":\"123456789123\",\"principalId\":\"AROA5FLZVX4OPVJFLL4BO:i-0317f6c6b66ae9c40\",\"accessKeyId\":\"ASIA5FLZVX4OPVKKVBMX\"},\"recipientAccountId\":\"123456789123\",\"responseElements\":null,\"eventName\":\"GetObject\",\"sourceIPAddress\":\"1.2.3.4\",\"eventSource\":\"s3.amazonaws.com\",\"requestID\":\"A471D1060ED5FD07\",\"@timestamp\":\"2020-09-14T01:02:34.000Z\",\"readOnly\":true,\"eventID\":\"b8d6b7c2-5f94-4ed4-9b6a-43b3c7c66b30\",\"eventVersion\":\"1.07\",\"eventCategory\":\"Data\",\"managementEvent\":false}",
        "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AWSService\",\"invokedBy\":\"ec2.amazonaws.com\"},\"eventTime\":\"2023-06-01T08:00:00Z\",\"eventSource\":\"sts.amazonaws.com\",\"eventName\":\"AssumeRole\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"ec2.amazonaws.com\",\"userAgent\":\"ec2.amazonaws.com\",\"requestParameters\":{\"roleArn\":\"arn:aws:iam::123456789012:role/EC2Role\",\"roleSessionName\":\"i-0123456789abcdef0\"},\"responseElements\":{\"credentials\":{\"accessKeyId\":\"ASIAEXAMPLE\",\"expiration\":\"Jun 1, 2023 2:00:00 PM\"}},\"resources\":[{\"accountId\":\"123456789012\",\"type\":\"AWS::IAM::Role\",\"ARN\":\"arn:aws:iam::123456789012:role/EC2Role\"}],\"requestID\":\"r\",\"eventID\":\"e\",\"readOnly\":true,\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"recipientAccountId\":\"123456789012\",\"sharedEventID\":\"s-1\",\"eventCategory\":\"Management\"}",
        "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"principalId\":\"AIDAJ45Q7YFFAREXAMPLE\",\"arn\":\"arn:aws:iam::123456789012:user/Alice\",\"accountId\":\"123456789012\",\"accessKeyId\":\"AKIAIOSFODNN7EXAMPLE\",\"userName\":\"Alice\"},\"eventTime\":\"2023-07-19T21:11:22Z\",\"eventSource\":\"iam.amazonaws.com\",\"eventName\":\"CreateUser\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"192.0.2.0\",\"userAgent\":\"aws-cli/2.13.5\",\"requestParameters\":{\"userName\":\"Richard\"},\"responseElements\":{\"user\":{\"path\":\"/\",\"arn\":\"arn:aws:iam::123456789012:user/Richard\",\"userId\":\"AIDA6ON6E4XEGITEXAMPLE\",\"userName\":\"Richard\"}},\"requestID\":\"2d528c76\",\"eventID\":\"ba0801a1\",\"readOnly\":false,\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"recipientAccountId\":\"123456789012\",\"eventCategory\":\"Management\"}",
    };
    private static final JsonFactory JSON = new JsonFactory();

    private RawLog[] lines;
    private LogParser parser;

    @Setup
    public void setUp() {
        parser = new CloudTrailParser();
        lines = ParserMix.parsed(parser, MIX);
    }

    @Benchmark
    @OperationsPerInvocation(4)
    public int parse() {
        return ParserMix.parseAll(parser, lines);
    }

    /** The floor: Jackson reading every token of the same records, building nothing. */
    @Benchmark
    @OperationsPerInvocation(4)
    public int tokenPeer() throws IOException {
        return ParserMix.jsonTokens(JSON, lines);
    }
}
